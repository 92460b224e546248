package org.idds.cds.safety;

/**
 * The post-implant event a follow-up check is about (a small closed set; a planned MRI is for later): a refill of the
 * pump, a follow-up visit, a new symptom reported between visits.
 */
public enum FollowUpEventKind {
    REFILL,
    FOLLOW_UP_VISIT,
    NEW_SYMPTOM
}
