package org.idds.cds.safety.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.RespiratoryRisk;
import org.idds.cds.safety.RespiratoryRiskAnswers;

/**
 * A validated respiratory-risk group as {@link RespiratoryRiskAnswers}: each concurrent medicine resolved in the
 * ruleset's catalogue, each once; a refusal names its field (under {@code path}) through {@code refusal}, the check's
 * own exception.
 */
final class RespiratoryRiskMapper {

    private RespiratoryRiskMapper() {}

    static RespiratoryRiskAnswers toAnswers(
            String path,
            RespiratoryRiskFactors group,
            DrugCatalogue catalogue,
            BiFunction<String, String, RuntimeException> refusal) {
        if (group == null) {
            return RespiratoryRiskAnswers.notGiven(path);
        }
        Optional<List<RespiratoryRiskAnswers.ConcurrentMedicine>> medications = Optional.empty();
        if (group.concurrentMedications() != null) {
            List<RespiratoryRiskAnswers.ConcurrentMedicine> resolved = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < group.concurrentMedications().size(); i++) {
                String field = path + ".concurrentMedications[" + i + "]";
                String name = group.concurrentMedications().get(i);
                DrugEntry entry = SafetyInputs.drug(field, name, catalogue, refusal);
                if (!seen.add(entry.name())) {
                    throw refusal.apply(field, "names " + entry.name() + " twice: give it once");
                }
                resolved.add(new RespiratoryRiskAnswers.ConcurrentMedicine(entry.name(), entry.drugClass()));
            }
            medications = Optional.of(resolved);
        }
        return new RespiratoryRiskAnswers(
                path,
                medications,
                Optional.ofNullable(group.opioidNaive()),
                new RespiratoryRisk(
                        Optional.ofNullable(group.obstructiveSleepApnoea()),
                        Optional.ofNullable(group.copd()),
                        Optional.ofNullable(group.obesity()),
                        Optional.ofNullable(group.renalImpairment()),
                        Optional.ofNullable(group.priorOpioidIntolerance())),
                Optional.ofNullable(group.ageYears()));
    }
}
