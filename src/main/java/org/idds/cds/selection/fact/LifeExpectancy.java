package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.selection.InputField;

/** The clinician's estimate of life expectancy (the lower bound when a range was given). */
public record LifeExpectancy(Quantity estimate) implements BasisFact {

    public BigDecimal months() {
        return estimate.to(Unit.MONTH).value();
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.LIFE_EXPECTANCY, estimate));
    }
}
