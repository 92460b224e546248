package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * An intrathecal opioid started in an opioid-tolerant patient on systemic opioids, for which the drug library holds no
 * cited intrathecal morphine ratio: the bound from the systemic OME cannot be expressed in this drug.
 */
public record NoIntrathecalMorphineRatio(String drug) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem("contents[" + drug + "]", drug, Optional.empty())
                .withNote(CalculationTexts.N_NO_INTRATHECAL_MORPHINE_RATIO));
    }
}
