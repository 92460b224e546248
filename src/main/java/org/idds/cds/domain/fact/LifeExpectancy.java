package org.idds.cds.domain.fact;

import java.math.BigDecimal;
import java.util.List;
import org.idds.cds.domain.BasisFact;
import org.idds.cds.domain.BasisItem;
import org.idds.cds.domain.InputField;
import org.idds.cds.domain.Quantity;
import org.idds.cds.domain.Unit;

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
