package org.idds.cds.safety;

/** Inserted beside the do-not-interrupt finding: no hold rule dates this drug after it. */
public record DoNotInterrupt(String drug) {}
