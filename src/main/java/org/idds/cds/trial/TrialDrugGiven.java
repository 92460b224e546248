package org.idds.cds.trial;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;

/** One drug of the trial as given: its generic name, the dose (a bolus, or an infusion's rate) and the route. */
public record TrialDrugGiven(String drug, Quantity dose, TrialRoute route) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(() -> "trial.drugs[" + drug + "].dose", dose),
                BasisItem.of(() -> "trial.drugs[" + drug + "].route", route));
    }
}
