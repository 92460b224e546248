package org.idds.cds.safety;

/**
 * The post-implant event a follow-up check is about (a small closed set): a refill of the pump, a follow-up visit, a new
 * symptom reported between visits, an MRI scan booked (its {@code at} is the planned date and time of the scan), the
 * pump's explant and a planned stop of delivery through it (the pump stays: a stop for a catheter-tip mass, the end of
 * the therapy), each with its planned date and time: both stop delivery (a {@link DeliveryInterruption}); a catheter
 * revision or pump replacement done (its {@code at} is when the revised system restarted).
 */
public enum FollowUpEventKind {
    REFILL,
    FOLLOW_UP_VISIT,
    NEW_SYMPTOM,
    PLANNED_MRI,
    EXPLANT,
    DELIVERY_STOP,
    REVISION
}
