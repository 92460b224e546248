package org.idds.cds.trial;

/**
 * A trial evaluation's outcome, by the evaluation status policy of {@code rules/trial/outcomes.json}: a verdict only
 * against the site's own cited threshold; without one, the relief against each cited figure and local policy decides.
 */
public enum TrialEvaluationStatus {
    SUCCESS,
    FAILURE,
    /** Repeat, extend, or try another drug (the reason is the finding that says so). */
    INCONCLUSIVE,
    /** No site threshold set (decision 0008): no verdict, the relief is shown against each cited figure. */
    LOCAL_POLICY_DECIDES
}
