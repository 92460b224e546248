package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;

/**
 * One drug of the reservoir, whether or not its daily dose could be calculated (a dose-only check may leave out its
 * concentration): what a drug's contraindications and monitoring advice are judged on.
 */
public record DrugInReservoir(String drug, Optional<Measure> concentration) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(concentration
                .map(c -> Amount.basisItem("contents[" + drug + "].concentration", c))
                .orElse(new BasisItem("contents[" + drug + "]", drug, Optional.empty())));
    }
}
