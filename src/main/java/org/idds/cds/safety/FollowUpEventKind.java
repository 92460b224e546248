package org.idds.cds.safety;

/**
 * The post-implant event a follow-up check is about (a small closed set): a refill of the pump, a follow-up visit, a new
 * symptom reported between visits, an MRI scan booked (its {@code at} is the planned date and time of the scan), a
 * catheter revision or pump replacement done (its {@code at} is when the revised system restarted).
 */
public enum FollowUpEventKind {
    REFILL,
    FOLLOW_UP_VISIT,
    NEW_SYMPTOM,
    PLANNED_MRI,
    REVISION
}
