package org.idds.cds.trial;

/** The inputs a trial-planning rule may name in its metadata ({@code inputs} in rules.json). */
public enum TrialPlanningField {
    /** The stored candidacy assessment: its verdict and findings. */
    CANDIDACY,
    /** A check the stored candidacy is provisional on. */
    OPEN_CANDIDACY_CHECK,
    /** The safety concern's procedure check for the trial date. */
    PROCEDURE_CHECK,
    /** A trial protocol of the ruleset. */
    PROTOCOL
}
