package org.idds.cds.clinical;

import java.util.Optional;

/**
 * The factors that raise the risk of respiratory depression with intrathecal opioids, one vocabulary for both concerns:
 * selection raises each as a precaution at candidacy (SEL-RR-001..010), dosing names them when it advises monitoring
 * at a start, a step or a change. {@code input} is the request field that answers it (the same name in both requests,
 * under {@code respiratoryRisk}, {@code patient} or the medication list), {@code wording} how a finding names it.
 */
public enum RespiratoryRiskFactor {
    BENZODIAZEPINE_OR_SEDATIVE("medications", "a concurrent benzodiazepine or other sedative"),
    GABAPENTINOID("medications", "a concurrent gabapentinoid"),
    SYSTEMIC_OPIOIDS("medications", "concurrent systemic opioids"),
    OPIOID_NAIVE("opioidStatus", "an opioid-naive patient"),
    OBSTRUCTIVE_SLEEP_APNOEA("respiratoryRisk.obstructiveSleepApnoea", "obstructive sleep apnoea"),
    COPD("respiratoryRisk.copd", "COPD or reduced respiratory reserve"),
    OBESITY("respiratoryRisk.obesity", "obesity"),
    RENAL_IMPAIRMENT("respiratoryRisk.renalImpairment", "renal impairment"),
    PRIOR_OPIOID_INTOLERANCE("respiratoryRisk.priorOpioidIntolerance", "prior opioid intolerance"),
    OLDER_AGE("ageYears", "older age");

    private final String input;
    private final String wording;

    RespiratoryRiskFactor(String input, String wording) {
        this.input = input;
        this.wording = wording;
    }

    public String input() {
        return input;
    }

    public String wording() {
        return wording;
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
