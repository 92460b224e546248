package org.idds.cds.dosing;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.InputPath;

/** Whether the patient has a history of psychosis, as given with the prescription (ziconotide is contraindicated). */
public record PsychosisHistory(boolean yes) implements BasisFact {
    private static final InputPath PATH = () -> "patient.psychosisHistory";

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(PATH, yes));
    }
}
