package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.selection.InputField;

/** Creatinine clearance as reported (mL/min). */
public record CreatinineClearance(Quantity quantity) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.CREATININE_CLEARANCE, quantity));
    }
}
