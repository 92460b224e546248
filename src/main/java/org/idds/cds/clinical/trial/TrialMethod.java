package org.idds.cds.clinical.trial;

/** How the trial gives the drug: one bolus, several boluses, or a catheter with a continuous infusion. */
public enum TrialMethod {
    SINGLE_BOLUS,
    REPEATED_BOLUS,
    CONTINUOUS_INFUSION
}
