package org.idds.cds.selection.patient;

import java.time.LocalDate;
import java.util.Optional;

/** Pre-implant work-up status. */
public record WorkUp(
        Optional<Boolean> spinalOrEpiduralDisease,
        Optional<Boolean> spinalImagingDone,
        Optional<Boolean> psychologicalEvaluationDone,
        Optional<LocalDate> spinalImagingDate,
        Optional<Boolean> newNeurologicalDeficit,
        Optional<Boolean> priorSpinalSurgeryOrInstrumentation) {

    public static WorkUp unknown() {
        return new WorkUp(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
