package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The patient's age in whole years, as given with the prescription. */
public record PatientAge(int years) implements BasisFact {

    /** The age as a decimal, for comparison with governed thresholds in years (UCUM {@code a}). */
    public BigDecimal ageYears() {
        return BigDecimal.valueOf(years);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(PrescriptionField.AGE.path(), Integer.toString(years), Optional.of("a")));
    }
}
