package org.idds.cds.clinical;

import java.util.Optional;

/**
 * The factors that raise the risk of respiratory depression with intrathecal opioids, one vocabulary for both concerns:
 * selection raises each as a precaution at candidacy (SEL-RR-001..010), dosing names them when it advises monitoring
 * at a start, a step or a change. {@code input} is the request field that answers it (the same name in both requests,
 * under {@code respiratoryRisk}, {@code patient} or the medication list). How a dosing fact words a factor is ruleset
 * text (dosing's outcomes file, {@code factNotes.respiratoryRisk.<FACTOR>}).
 */
public enum RespiratoryRiskFactor {
    BENZODIAZEPINE_OR_SEDATIVE("medications"),
    GABAPENTINOID("medications"),
    SYSTEMIC_OPIOIDS("medications"),
    OPIOID_NAIVE("opioidStatus"),
    OBSTRUCTIVE_SLEEP_APNOEA("respiratoryRisk.obstructiveSleepApnoea"),
    COPD("respiratoryRisk.copd"),
    OBESITY("respiratoryRisk.obesity"),
    RENAL_IMPAIRMENT("respiratoryRisk.renalImpairment"),
    PRIOR_OPIOID_INTOLERANCE("respiratoryRisk.priorOpioidIntolerance"),
    OLDER_AGE("ageYears");

    private final String input;

    RespiratoryRiskFactor(String input) {
        this.input = input;
    }

    public String input() {
        return input;
    }

    /**
     * The factor a concurrent drug of this catalogue class brings (benzodiazepines and other sedatives, gabapentinoids,
     * opioids), if any: the drug-class recognition selection's rules SEL-RR-001..003 make.
     */
    public static Optional<RespiratoryRiskFactor> ofDrugClass(DrugClass drugClass) {
        return switch (drugClass) {
            case BENZODIAZEPINE, SEDATIVE -> Optional.of(BENZODIAZEPINE_OR_SEDATIVE);
            case GABAPENTINOID -> Optional.of(GABAPENTINOID);
            case OPIOID -> Optional.of(SYSTEMIC_OPIOIDS);
            default -> Optional.empty();
        };
    }
}
