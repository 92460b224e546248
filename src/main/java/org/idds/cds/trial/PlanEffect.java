package org.idds.cds.trial;

/** What a planning rule's finding does to the trial plan. */
public enum PlanEffect {
    /** A trial is recommended before the implant decision. */
    TRIAL_RECOMMENDED,
    /** Omitting the trial is proposed for the MDT to decide (never automatic). */
    OMISSION_PROPOSED,
    /** An open check that keeps the plan drafted: the trial is not ready to book until it is confirmed. */
    HOLDS_BOOKING,
    /** An open check that holds back only the implant, not the trial. */
    IMPLANT_ONLY,
    /** A protocol suitable for this patient. */
    PROTOCOL_SUITABLE,
    /** A protocol not suitable for this patient (yet). */
    PROTOCOL_NOT_SUITABLE,
    /** Setting and monitoring raised for respiratory risk: inpatient, at least 24 h with its schedule, naloxone. */
    MONITORING_ESCALATED,
    /** Shown for the MDT; changes nothing in the plan. */
    SHOWN
}
