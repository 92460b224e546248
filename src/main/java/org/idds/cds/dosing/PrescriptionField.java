package org.idds.cds.dosing;

import org.idds.cds.kernel.InputPath;

/** The parts of a prescription the dosing rules read, by their path in the request. */
public enum PrescriptionField implements InputPath {
    DEVICE("deviceId"),
    CONTENTS("contents"),
    BASAL_DOSE("basalDose"),
    BASAL_VOLUME("basalVolume"),
    BOLUS("bolus"),
    PREVIOUS("previous"),
    FILL("fill"),
    ALARM_VOLUME("alarmVolume"),
    PLANNED_REFILL_INTERVAL("plannedRefillInterval"),
    STARTING_DOSE("startingDose"),
    PSYCHOSIS_HISTORY("patient.psychosisHistory");

    private final String path;

    PrescriptionField(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
