package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/** The INR with the reporting laboratory's upper reference limit: "normal" is judged against that limit. */
public record Inr(BigDecimal value, BigDecimal upperReferenceLimit) implements BasisFact {

    public boolean isAboveReferenceRange() {
        return value.compareTo(upperReferenceLimit) > 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(InputField.INR, value.toPlainString()),
                new BasisItem(
                        InputField.INR.path() + "UpperReferenceLimit",
                        upperReferenceLimit.toPlainString(),
                        Optional.empty()));
    }
}
