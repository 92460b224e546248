package org.idds.cds.ruleset;

import java.util.List;
import org.idds.cds.kernel.Citation;

/**
 * One trial protocol of the ruleset ({@code trial-protocols/<id>.json}), validated at load (schema, citations, UCUM
 * units, the default observation policy, the drug) and kept as its identity, its citations and its text until the
 * trial concern reads it. {@code status} is a FHIR PublicationStatus code.
 */
public record TrialProtocol(
        String path,
        String id,
        String version,
        String status,
        String title,
        String method,
        String route,
        String drug,
        String defaultObservationPolicy,
        List<Citation> citations,
        String content) {

    public TrialProtocol {
        citations = List.copyOf(citations);
    }
}
