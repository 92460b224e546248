package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.CancerStatus;
import org.idds.cds.selection.InputField;

public record Etiology(CancerStatus status) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.CANCER_STATUS, status));
    }
}
