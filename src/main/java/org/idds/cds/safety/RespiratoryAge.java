package org.idds.cds.safety;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The patient's age in whole years, as the respiratory-risk group gives it at {@code input}. */
public record RespiratoryAge(int years, String input) implements BasisFact {

    /** The age as a decimal, for comparison with governed thresholds in years (UCUM {@code a}). */
    public BigDecimal ageYears() {
        return BigDecimal.valueOf(years);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(input, Integer.toString(years), Optional.of("a")));
    }
}
