package org.idds.cds.safety;

/**
 * What a fired procedure rule does to a drug's plan (the rule says it in its consequence; the plan is composed from
 * them): dates a hold, dates only the restart, or says why no date holds.
 */
public enum PlanEffect {
    /** Dates the latest last dose and the earliest restart from the rule's hold figures. */
    HOLD,
    /** Dates only the restart; whether to stop is a shared decision with the prescriber. */
    RESTART_ONLY,
    /** The last dose given is later than the hold allows. */
    CONFLICT,
    /** Not interrupted at all: no date. */
    DO_NOT_INTERRUPT,
    /** The prescriber or haematology decides; any dates are information. */
    PRESCRIBER_DECIDES,
    /** The dated hold is a minimum, never shortened. */
    HOLD_IS_MINIMUM,
    /** This ruleset dates no hold for the drug or the procedure. */
    NOT_DATED,
    /** Says something about the procedure or the labs, not about one drug's plan. */
    NONE
}
