package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/** Worst pain on the 0-10 numeric rating scale. */
public record PainScore(int worst) implements BasisFact {

    /** The score as a decimal, for comparison with governed thresholds. */
    public BigDecimal score() {
        return BigDecimal.valueOf(worst);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.WORST_PAIN_SCORE, worst));
    }
}
