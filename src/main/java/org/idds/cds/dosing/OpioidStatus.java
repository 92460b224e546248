package org.idds.cds.dosing;

/**
 * The patient's opioid status as the clinician states it, needed for a start or a restart (the labels' starting
 * doses differ). Checked against the systemic load where one is given (the FDA's opioid-tolerant definition).
 */
public enum OpioidStatus {
    OPIOID_NAIVE,
    OPIOID_TOLERANT
}
