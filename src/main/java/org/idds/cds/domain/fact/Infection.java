package org.idds.cds.domain.fact;

import java.util.List;
import org.idds.cds.domain.BasisFact;
import org.idds.cds.domain.BasisItem;
import org.idds.cds.domain.InfectionStatus;
import org.idds.cds.domain.InputField;

public record Infection(InfectionStatus status) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.INFECTION, status));
    }
}
