package org.idds.cds.trial;

/** The inputs a trial-evaluation rule may name in its metadata ({@code inputs} in rules.json). */
public enum TrialEvaluationField {
    PROTOCOL,
    DRUGS,
    ROUTE,
    BASELINE_PAIN,
    TRIAL_PAIN,
    DURATION_OF_RELIEF,
    RESCUE_MEDICATION,
    FUNCTION,
    ADVERSE_EFFECTS,
    REFERRAL_REASON,
    OPIOID_STATUS,
    SIDE_EFFECT_BURDEN
}
