package org.idds.cds.trial;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The stored candidacy's verdict as given ({@code CANDIDATE_WITH_PRECAUTIONS}...) and where it stands for a trial. */
public record CandidacyVerdict(String verdict, CandidacyStanding standing) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem("candidacy.verdict", verdict, Optional.empty()));
    }
}
