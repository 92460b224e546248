package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** A drug in the reservoir that the pump's labelling does not approve for it. */
public record OffLabelDrug(String drug, String deviceId, List<String> labelled) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(
                new BasisItem(
                        "contents[" + drug + "]", drug + " (not in the " + deviceId + " labelling)", Optional.empty()),
                new BasisItem("device." + deviceId + ".labelledDrugs", String.join(", ", labelled), Optional.empty()));
    }
}
