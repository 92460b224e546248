package org.idds.cds.selection.patient;

import java.util.Optional;

/** Comorbidities that raise the risk of respiratory depression with intrathecal opioids; empty means "not known". */
public record RespiratoryRisk(
        Optional<Boolean> obstructiveSleepApnoea,
        Optional<Boolean> copd,
        Optional<Boolean> obesity,
        Optional<Boolean> renalImpairment,
        Optional<Boolean> priorOpioidIntolerance) {

    public static RespiratoryRisk unknown() {
        return new RespiratoryRisk(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
