package org.idds.cds.trial;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * One item the stored candidacy is provisional on: an input still to be confirmed ({@code input}, the candidacy's
 * input path such as {@code labs.plateletCount}) and the selection rule that asks for it. The planning rules decide,
 * by selection rule id, whether the check holds the trial back (bleeding, labs, infection, raised intracranial pressure
 * or mass effect, canal obstruction) or only the implant (refill attendance, imaging age, the device).
 */
public record OpenCandidacyCheck(String rule, String input) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem("candidacy." + input, BasisItem.NOT_GIVEN, Optional.empty()));
    }
}
