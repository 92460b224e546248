package org.idds.cds.trial;

/**
 * Inserted by a planning rule that classifies an open candidacy check (as trial-relevant or implant-only), so that
 * the rule for an open check no planning rule classifies does not fire for it.
 */
public record ClassifiedCheck(String rule, String input) {}
