package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.selection.InputField;

/** The aPTT with the reporting laboratory's upper reference limit: "normal" is judged against that limit. */
public record Aptt(Quantity value, Quantity upperReferenceLimit) implements BasisFact {

    public boolean isAboveReferenceRange() {
        return value.value().compareTo(upperReferenceLimit.to(value.unit()).value()) > 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(InputField.APTT, value),
                BasisItem.derived(InputField.APTT.path() + "UpperReferenceLimit", upperReferenceLimit));
    }
}
