package org.idds.cds.safety;

/** The inputs a follow-up-check rule may name in its metadata ({@code inputs} in rules.json). */
public enum FollowUpField {
    EVENT,
    PUMP,
    LAST_FILL,
    ASPIRATED_VOLUME,
    REFILL_CHANGES,
    REFILL_PROCEDURE,
    OVERDOSE_SIGNS,
    DEVICE_SIGNS,
    NEUROLOGICAL,
    WOUND,
    SYSTEMIC,
    PATIENT,
    MENTAL_STATE,
    MUSCLE,
    CIRCULATION,
    THERAPY,
    RESPIRATORY_RISK,
    ANTITHROMBOTICS_SINCE_IMPLANT
}
