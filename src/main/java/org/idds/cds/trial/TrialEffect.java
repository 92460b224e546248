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
    /**
     * Evaluation: referred for intolerable side effects, equal pain with markedly fewer side effects, as Smith 2002
     * defines clinical success (an outcome measure of a randomised trial, cited as such).
     */
    SIDE_EFFECTS_CRITERION_MET,
    /** Evaluation: the trial cannot be judged as it stands (repeat, extend, or try another drug). */
    INCONCLUSIVE,
    /** Evaluation: no site threshold is set; the relief is shown against each cited figure and local policy decides. */
    LOCAL_POLICY_DECIDES,
    /** Planning: a trial is recommended before the implant decision. */
    TRIAL_RECOMMENDED,
    /** Planning: omitting the trial is proposed for the MDT to decide (never automatic). */
    OMISSION_PROPOSED,
    /** Planning: an open check keeps the plan drafted; the trial is not ready to book until it is confirmed. */
    HOLDS_BOOKING,
    /** Planning: an open check that holds back only the implant, not the trial. */
    IMPLANT_ONLY,
    /** Planning: the protocol the rule matched suits this patient. */
    PROTOCOL_SUITABLE,
    /** Planning: the protocol the rule matched does not suit this patient (yet). */
    PROTOCOL_NOT_SUITABLE,
    /** Planning: setting and monitoring raised for respiratory risk (inpatient, at least 24 h on its schedule, naloxone). */
    MONITORING_ESCALATED
}
