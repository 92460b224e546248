package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.selection.InputField;
import org.idds.cds.selection.PainMechanism;

public record PainType(PainMechanism mechanism) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.PAIN_MECHANISM, mechanism));
    }
}
