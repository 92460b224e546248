package org.idds.cds.selection;

public enum BleedingStatus {
    NONE,
    /** Recent bleeding that has stopped or is controlled (for example a sinus bleed on an anticoagulant). */
    RECENT_CONTROLLED,
    /** Active, uncontrolled bleeding or bleeding diathesis. */
    UNCONTROLLED
}
