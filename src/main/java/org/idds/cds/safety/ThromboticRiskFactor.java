package org.idds.cds.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** A reason stopping an antithrombotic is a thrombotic risk, with its date where one was given. */
public record ThromboticRiskFactor(ThromboticRiskKind kind, Optional<LocalDate> since) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        String at = "thromboticRisk."
                + switch (kind) {
                    case VENOUS_THROMBOEMBOLISM -> "venousThromboembolism";
                    case MECHANICAL_HEART_VALVE -> "mechanicalHeartValve";
                    case CORONARY_STENT -> "coronaryStent";
                };
        return List.of(since.map(d -> new BasisItem(at + ".date", d.toString(), Optional.empty()))
                .orElse(new BasisItem(at, "true", Optional.empty())));
    }
}
