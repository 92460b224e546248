package org.idds.cds.trial;

/** Why the patient was referred for intrathecal therapy, which decides what a successful trial shows. */
public enum ReferralReason {
    UNCONTROLLED_PAIN,
    /** Intolerable side effects of systemic opioids: equal pain with markedly fewer side effects counts. */
    INTOLERABLE_SIDE_EFFECTS
}
