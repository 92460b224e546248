package org.idds.cds.trial;

/** The severity of an adverse effect during the trial, as recorded. */
public enum AdverseSeverity {
    MILD,
    MODERATE,
    SEVERE,
    /** Serious: life-threatening, or needing intervention (respiratory depression needing naloxone, say). */
    SERIOUS
}
