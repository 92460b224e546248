package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.RespiratoryRiskFactor;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The respiratory-risk factors the request gives (concurrent sedatives, gabapentinoids and systemic opioids from the
 * concurrent medicines, opioid naivety, the comorbidity answers), in the vocabulary selection and dosing use, each with
 * the field that shows it; older age is judged by its own rule against the shared age threshold. Empty: none given.
 */
public record RespiratoryRisks(List<Present> factors) implements BasisFact {

    /** One factor, the request field that shows it and its value there (the factor, for a medicine). */
    public record Present(RespiratoryRiskFactor factor, String input, String evidence) {}

    public RespiratoryRisks {
        factors = List.copyOf(factors);
    }

    public boolean isEmpty() {
        return factors.isEmpty();
    }

    @Override
    public List<BasisItem> basis() {
        return factors.stream()
                .map(f -> new BasisItem(f.input(), f.evidence(), Optional.empty()))
                .toList();
    }
}
