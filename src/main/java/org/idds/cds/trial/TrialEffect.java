package org.idds.cds.trial;

/**
 * What a trial finding does to the outcome, as the status policy of {@code rules/trial/outcomes.json} reads it
 * ({@code "when": {"anyEffect": [...]}}). Each part of the concern (evaluation, planning) adds the effects its policy
 * reads.
 */
public enum TrialEffect {
    /** Shown, no effect on the outcome. */
    NONE,
    /** Evaluation: the site's success threshold is met. */
    THRESHOLD_MET,
    /** Evaluation: the site's success threshold is not met. */
    THRESHOLD_NOT_MET,
    /** Evaluation: the trial cannot be judged as it stands (repeat, extend, or try another drug). */
    INCONCLUSIVE,
    /** Evaluation: no site threshold is set; the relief is shown against each cited figure and local policy decides. */
    LOCAL_POLICY_DECIDES
}
