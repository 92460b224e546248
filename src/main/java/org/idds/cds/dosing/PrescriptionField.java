package org.idds.cds.dosing;

import org.idds.cds.kernel.InputPath;

/** The parts of a prescription the dosing rules read, by their path in the request. */
public enum PrescriptionField implements InputPath {
    CONTEXT("context"),
    OPIOID_STATUS("patient.opioidStatus"),
    INTERRUPTION("interruption"),
    DEVICE("deviceId"),
    CONTENTS("contents"),
    BASAL_DOSE("basalDose"),
    BASAL_VOLUME("basalVolume"),
    BOLUS("bolus"),
    PREVIOUS("previous"),
    FILL("fill"),
    ALARM_VOLUME("alarmVolume"),
    PLANNED_REFILL_INTERVAL("plannedRefillInterval"),
    /** Before request format 2: whether the prescription was a start; now read from {@link #CONTEXT}. */
    STARTING_DOSE("startingDose"),
    SYSTEMIC_MEDICATIONS("systemicMedications"),
    PSYCHOSIS_HISTORY("patient.psychosisHistory"),
    AGE("patient.ageYears"),
    RESPIRATORY_RISK("patient.respiratoryRisk"),
    FLUID_PATH("fluidPath");

    private final String path;

    PrescriptionField(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
