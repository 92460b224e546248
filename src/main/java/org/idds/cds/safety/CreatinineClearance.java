package org.idds.cds.safety;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;

/** The creatinine clearance given; {@link #valueIn} in the unit of the figure it meets. */
public record CreatinineClearance(Quantity value) implements BasisFact {

    public BigDecimal valueIn(Parameter figure) {
        return value.to(figure.unit()).value();
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(
                "creatinineClearance",
                value.value().stripTrailingZeros().toPlainString(),
                Optional.of(value.unit().ucum())));
    }
}
