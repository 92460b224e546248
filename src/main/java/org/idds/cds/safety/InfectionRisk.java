package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** One infection item recorded before the procedure, with the value it was given as (shown with the finding). */
public record InfectionRisk(InfectionRiskKind kind, String value) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(kind.input(), value, Optional.empty()));
    }
}
