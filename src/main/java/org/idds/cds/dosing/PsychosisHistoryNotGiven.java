package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The prescription does not say whether the patient has a history of psychosis (ziconotide waits for it). */
public record PsychosisHistoryNotGiven() implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(PrescriptionField.PSYCHOSIS_HISTORY.path(), "not given", Optional.empty()));
    }
}
