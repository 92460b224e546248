package org.idds.cds.trial;

/** The patient's opioid status as the clinician states it (the names dosing's prescription check reads). */
public enum TrialOpioidStatus {
    OPIOID_NAIVE,
    OPIOID_TOLERANT
}
