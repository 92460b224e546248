package org.idds.cds.trial;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** Function recorded during the trial: improved or not, as the clinician judged it against the pre-trial record. */
public record FunctionRecorded(boolean improved) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(() -> "trial.function.improved", improved));
    }
}
