package org.idds.cds.trial;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * One finding of the stored candidacy assessment a trial plan is made from, by the selection rule that gave it and its
 * effect there ({@code PRECAUTION}, {@code PLAN}, {@code MISSING_TO_CONFIRM}...): the planning rules read the candidacy
 * through these (respiratory risk, the psychosis screen, life expectancy), naming the selection rules they rely on.
 * Which selection rules a planning rule reads is the planning rule's own governed condition, never a Java list.
 */
public record CandidacyFinding(String rule, String effect) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem("candidacy.findings[" + rule + "]", effect, Optional.empty()));
    }
}
