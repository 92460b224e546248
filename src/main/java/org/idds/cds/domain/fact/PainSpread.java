package org.idds.cds.domain.fact;

import java.util.List;
import org.idds.cds.domain.BasisFact;
import org.idds.cds.domain.BasisItem;
import org.idds.cds.domain.InputField;
import org.idds.cds.domain.PainDistribution;

public record PainSpread(PainDistribution distribution) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.PAIN_DISTRIBUTION, distribution));
    }
}
