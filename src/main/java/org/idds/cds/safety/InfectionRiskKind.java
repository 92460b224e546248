package org.idds.cds.safety;

/**
 * An infection item recorded before a neuraxial procedure (the request's {@code infection} group), with the input it
 * came from. Which items defer, delay or only flag a procedure is the rules' judgement, not this enum's.
 */
public enum InfectionRiskKind {
    SYSTEMIC_INFECTION("infection.systemicInfection"),
    INFECTION_AT_PROCEDURE_SITE("infection.infectionAtProcedureSite"),
    REMOTE_INFECTION_UNDER_TREATMENT("infection.remoteInfectionUnderTreatment"),
    DIABETES("infection.diabetes"),
    CURRENT_SMOKER("infection.smoking"),
    STAPHYLOCOCCUS_AUREUS_CARRIER("infection.staphylococcusAureusScreen"),
    STAPHYLOCOCCUS_AUREUS_NOT_SCREENED("infection.staphylococcusAureusScreen"),
    DECOLONISED("infection.decolonisationDone"),
    SYSTEMIC_STEROIDS("infection.systemicSteroids");

    private final String input;

    InfectionRiskKind(String input) {
        this.input = input;
    }

    /** The request path of the input this item came from. */
    public String input() {
        return input;
    }
}
