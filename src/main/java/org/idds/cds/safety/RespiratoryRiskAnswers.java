package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.RespiratoryRisk;
import org.idds.cds.clinical.RespiratoryRiskFactor;

/**
 * What the request says of the patient's respiratory risk with intrathecal opioids (its {@code respiratoryRisk} group,
 * at {@code path}): the concurrent systemic medicines resolved in the drug catalogue, opioid naivety, the comorbidity
 * answers in the vocabulary selection and dosing ask them ({@link RespiratoryRisk}), and the age. A field left out is
 * not known, never absent. {@code path} is where the group sits in the request ({@code respiratoryRisk} in a procedure
 * check, {@code patient.respiratoryRisk} in a follow-up check).
 */
public record RespiratoryRiskAnswers(
        String path,
        Optional<List<ConcurrentMedicine>> medications,
        Optional<Boolean> opioidNaive,
        RespiratoryRisk comorbidities,
        Optional<Integer> ageYears) {

    /** One concurrent systemic medicine, by its catalogue name and class. */
    public record ConcurrentMedicine(String drug, DrugClass drugClass) {}

    public RespiratoryRiskAnswers {
        medications = medications.map(List::copyOf);
    }

    /** Nothing given: every answer not known. */
    public static RespiratoryRiskAnswers notGiven(String path) {
        return new RespiratoryRiskAnswers(
                path, Optional.empty(), Optional.empty(), RespiratoryRisk.unknown(), Optional.empty());
    }

    /**
     * The facts the respiratory rules read on {@code occasion}: the occasion, the factors present (each with what shows
     * it), the age where given, and the inputs not given (each would change the answer).
     */
    public List<Object> facts(RespiratoryOccasion occasion) {
        List<RespiratoryRisks.Present> present = new ArrayList<>();
        medications
                .orElse(List.of())
                .forEach(m -> RespiratoryRiskFactor.ofDrugClass(m.drugClass())
                        .ifPresent(f -> present.add(new RespiratoryRisks.Present(
                                f, path + ".concurrentMedications[" + m.drug() + "]", f.name()))));
        if (opioidNaive.orElse(false)) {
            present.add(
                    new RespiratoryRisks.Present(RespiratoryRiskFactor.OPIOID_NAIVE, path + ".opioidNaive", "true"));
        }
        comorbidities
                .present()
                .forEach(f -> present.add(new RespiratoryRisks.Present(
                        f, path + "." + f.input().substring(f.input().lastIndexOf('.') + 1), "true")));
        List<String> notGiven = new ArrayList<>();
        if (medications.isEmpty()) {
            notGiven.add(path + ".concurrentMedications");
        }
        if (opioidNaive.isEmpty()) {
            notGiven.add(path + ".opioidNaive");
        }
        if (comorbidities.obstructiveSleepApnoea().isEmpty()) {
            notGiven.add(path + ".obstructiveSleepApnoea");
        }
        if (comorbidities.copd().isEmpty()) {
            notGiven.add(path + ".copd");
        }
        if (comorbidities.obesity().isEmpty()) {
            notGiven.add(path + ".obesity");
        }
        if (comorbidities.renalImpairment().isEmpty()) {
            notGiven.add(path + ".renalImpairment");
        }
        if (comorbidities.priorOpioidIntolerance().isEmpty()) {
            notGiven.add(path + ".priorOpioidIntolerance");
        }
        if (ageYears.isEmpty()) {
            notGiven.add(path + ".ageYears");
        }
        List<Object> facts = new ArrayList<>();
        facts.add(occasion);
        facts.add(new RespiratoryRisks(present));
        ageYears.map(a -> new RespiratoryAge(a, path + ".ageYears")).ifPresent(facts::add);
        facts.add(new RespiratoryInputsNotGiven(notGiven));
        return facts;
    }
}
