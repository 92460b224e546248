package org.idds.cds.selection;

/**
 * The candidacy verdict. How the effects of the findings aggregate into it is ruleset data (the verdict policy of
 * {@code rules/selection/outcomes.json}, see {@link OutcomePolicy}), strongest first: a contraindication or an unmet
 * inclusion criterion decides first; then anything to fix first; then missing required inputs or no met criterion;
 * then precautions.
 */
public enum Verdict {
    NOT_CANDIDATE,
    DEFER,
    INSUFFICIENT_INFORMATION,
    CANDIDATE_WITH_PRECAUTIONS,
    CANDIDATE,
    /** Criteria alone cannot decide: the MDT judges, with the figures and reasons shown. */
    MDT_JUDGEMENT,
    /** Outside what this ruleset assesses (non-cancer pain, cancer in remission, under-18s); not judged. */
    OUT_OF_SCOPE,
    /** An input looks wrong (a likely unit error): no verdict until it is corrected or confirmed. */
    CHECK_INPUT
}
