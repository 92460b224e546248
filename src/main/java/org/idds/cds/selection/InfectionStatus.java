package org.idds.cds.selection;

public enum InfectionStatus {
    NONE,
    /** Infection at or near the planned implant or injection site. */
    LOCAL_AT_SITE,
    /** Systemic infection: bacteraemia, sepsis. */
    SYSTEMIC
}
