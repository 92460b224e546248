package org.idds.cds.selection.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.idds.cds.kernel.NotGiven;

/** Pre-implant work-up status. */
public record WorkUp(
        Optional<Boolean> spinalOrEpiduralDisease,
        Optional<Boolean> spinalImagingDone,
        Optional<Boolean> psychologicalEvaluationDone,
        Optional<LocalDate> spinalImagingDate,
        Optional<Boolean> newNeurologicalDeficit,
        Optional<Boolean> priorSpinalSurgeryOrInstrumentation) {

    public static WorkUp unknown() {
        return NotGiven.all(WorkUp.class);
    }
}
