package org.idds.cds.trial;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** Why the patient was referred (a rule fact). */
public record Referral(ReferralReason reason) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(() -> "trial.referralReason", reason));
    }
}
