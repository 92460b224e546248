package org.idds.cds.trial;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.trial.ObservationPolicy;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * One trial protocol of the ruleset as a planning fact: its id, method, drugs (catalogue names), whether an opioid is
 * among them (the respiratory escalation applies to opioid trials), the setting of its default observation policy, and
 * whether the request named it (or one of its drugs) as preferred.
 */
public record TrialProtocolOption(
        String protocol,
        TrialMethod method,
        List<String> drugs,
        boolean opioid,
        ObservationPolicy.Setting setting,
        boolean preferred)
        implements BasisFact {

    public TrialProtocolOption {
        drugs = List.copyOf(drugs);
    }

    @Override
    public List<BasisItem> basis() {
        BasisItem option = new BasisItem("protocols[" + protocol + "]", method.name(), Optional.empty());
        return preferred
                ? List.of(option, new BasisItem("preferredProtocol", protocol, Optional.empty()))
                : List.of(option);
    }
}
