package org.idds.cds.safety;

/** Inserted by the rule that classes the planned procedure as high bleeding risk: the hold rules date from it. */
public record HighBleedingRiskProcedure() {}
