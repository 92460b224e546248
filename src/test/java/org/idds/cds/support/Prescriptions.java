package org.idds.cds.support;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.RespiratoryRisk;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.PrescriptionContext;
import org.idds.cds.kernel.Quantity;

/** Prescriptions the calculator tests and the prescription-check benchmark build. */
public final class Prescriptions {

    private Prescriptions() {}

    /**
     * A prescription (test and benchmark fixture) for a pump with every concentration given, as the checks before issue 13 took it: a start
     * ({@code startingDose}) or a continuation, opioid status not stated.
     */
    public static Prescription forPump(
            String deviceId,
            List<Prescription.ReservoirDrug> contents,
            Optional<Prescription.DrugDose> basalDose,
            Optional<Quantity> basalVolume,
            Optional<Prescription.PatientBolus> bolus,
            Optional<Prescription.Previous> previous,
            Optional<Prescription.Fill> fill,
            Optional<Quantity> alarmVolume,
            Optional<Quantity> plannedRefillInterval,
            boolean startingDose,
            Optional<Boolean> psychosisHistory) {
        return new Prescription(
                startingDose ? PrescriptionContext.FIRST_DOSE : PrescriptionContext.CONTINUATION,
                Optional.empty(),
                Optional.empty(),
                Optional.of(deviceId),
                contents,
                basalDose,
                basalVolume,
                bolus,
                previous,
                fill,
                alarmVolume,
                plannedRefillInterval,
                psychosisHistory,
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                RespiratoryRisk.unknown(),
                Optional.empty());
    }
}
