package org.idds.cds.dosing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.clinical.RespiratoryRiskFactor;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The respiratory-risk factors the request gives (concurrent sedatives, gabapentinoids and systemic opioids from the
 * systemic medications, opioid naivety as stated, the patient's comorbidity answers), in the vocabulary selection uses;
 * older age is judged by its own rule against the shared age threshold. Each with what shows it.
 */
public record RespiratoryRisks(List<Present> factors) implements BasisFact {

    public RespiratoryRisks {
        factors = List.copyOf(factors);
    }

    /**
     * One factor and what shows it (the drugs, the stated status, the answer); {@code note} names the outcomes file's
     * wording of the factor, with {@code noteArgs} (the systemic load) where that wording takes any.
     */
    public record Present(
            RespiratoryRiskFactor factor, String input, String evidence, String note, Map<String, String> noteArgs) {

        public Present {
            noteArgs = Map.copyOf(noteArgs);
        }

        /** A factor worded by its own note ({@code respiratoryRisk.<FACTOR>}). */
        public Present(RespiratoryRiskFactor factor, String input, String evidence) {
            this(factor, input, evidence, CalculationTexts.respiratoryRiskNote(factor), Map.of());
        }
    }

    public boolean isEmpty() {
        return factors.isEmpty();
    }

    @Override
    public List<BasisItem> basis() {
        return factors.stream()
                .map(f -> new BasisItem(f.input(), f.evidence(), Optional.empty()).withNote(f.note(), f.noteArgs()))
                .toList();
    }
}
