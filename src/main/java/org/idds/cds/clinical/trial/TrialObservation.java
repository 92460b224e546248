package org.idds.cds.clinical.trial;

import java.util.List;

/**
 * The observation policies of a protocol, one per source position where sources disagree, and the one used unless the
 * site chooses another: the stricter (monitoring is the one thing stricter by default).
 */
public record TrialObservation(String defaultPolicy, List<ObservationPolicy> policies) {

    public TrialObservation {
        policies = List.copyOf(policies);
    }

    /** The default policy (the loader has checked that it is one of the policies). */
    public ObservationPolicy byDefault() {
        return policies.stream()
                .filter(p -> p.id().equals(defaultPolicy))
                .findFirst()
                .orElseThrow();
    }
}
