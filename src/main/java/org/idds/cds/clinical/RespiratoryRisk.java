package org.idds.cds.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.NotGiven;

/**
 * Comorbidities that raise the risk of respiratory depression with intrathecal opioids; empty means "not known". The
 * patient's answers as both concerns ask them: selection at candidacy (its respiratory-risk rules) and dosing at a
 * start, a step or a change of an intrathecal opioid.
 */
public record RespiratoryRisk(
        Optional<Boolean> obstructiveSleepApnoea,
        Optional<Boolean> copd,
        Optional<Boolean> obesity,
        Optional<Boolean> renalImpairment,
        Optional<Boolean> priorOpioidIntolerance) {

    public static RespiratoryRisk unknown() {
        return NotGiven.all(RespiratoryRisk.class);
    }

    /** The factors answered yes, in the order of the vocabulary. */
    public List<RespiratoryRiskFactor> present() {
        List<RespiratoryRiskFactor> present = new ArrayList<>();
        if (obstructiveSleepApnoea.orElse(false)) {
            present.add(RespiratoryRiskFactor.OBSTRUCTIVE_SLEEP_APNOEA);
        }
        if (copd.orElse(false)) {
            present.add(RespiratoryRiskFactor.COPD);
        }
        if (obesity.orElse(false)) {
            present.add(RespiratoryRiskFactor.OBESITY);
        }
        if (renalImpairment.orElse(false)) {
            present.add(RespiratoryRiskFactor.RENAL_IMPAIRMENT);
        }
        if (priorOpioidIntolerance.orElse(false)) {
            present.add(RespiratoryRiskFactor.PRIOR_OPIOID_INTOLERANCE);
        }
        return present;
    }
}
