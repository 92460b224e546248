package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/** The patient's age in whole years (UCUM {@code a}, as dosing writes it: one input, one way of writing it). */
public record Age(int years) implements BasisFact {

    /** The age as a decimal, for comparison with governed thresholds in years (UCUM {@code a}). */
    public BigDecimal ageYears() {
        return BigDecimal.valueOf(years);
    }

    /** The same, under the name the scope rules use. */
    public BigDecimal inYears() {
        return BigDecimal.valueOf(years);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(InputField.AGE.path(), Integer.toString(years), Optional.of("a")));
    }
}
