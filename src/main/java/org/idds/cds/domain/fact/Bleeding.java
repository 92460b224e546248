package org.idds.cds.domain.fact;

import java.util.List;
import org.idds.cds.domain.BasisFact;
import org.idds.cds.domain.BasisItem;
import org.idds.cds.domain.BleedingStatus;
import org.idds.cds.domain.InputField;

public record Bleeding(BleedingStatus status) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.BLEEDING, status));
    }
}
