package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;

/**
 * The MDT's recorded judgement of the opioid load where the engine cannot compute it (an opioid without a validated
 * conversion factor, or a total that crosses the threshold under one cited factor and not the other): whether the
 * load counts as refractory-level. The engine never guesses it.
 */
public record MdtLoadJudgement(boolean refractoryByLoad) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.MDT_LOAD_JUDGEMENT, refractoryByLoad));
    }
}
