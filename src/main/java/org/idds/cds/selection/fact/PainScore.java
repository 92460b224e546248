package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/**
 * Pain on the 0-10 numeric rating scale as reported (at most one decimal, never rounded): the worst score, which the
 * refractory criterion compares with its threshold, and the average score, shown with it when given.
 */
public record PainScore(BigDecimal worst, Optional<BigDecimal> average) implements BasisFact {

    public PainScore(BigDecimal worst) {
        this(worst, Optional.empty());
    }

    public PainScore(int worst) {
        this(BigDecimal.valueOf(worst));
    }

    /** The worst score, for comparison with governed thresholds. */
    public BigDecimal score() {
        return worst;
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(BasisItem.of(InputField.WORST_PAIN_SCORE, worst.toPlainString()));
        average.ifPresent(a -> basis.add(BasisItem.of(InputField.AVERAGE_PAIN_SCORE, a.toPlainString())));
        return basis;
    }
}
