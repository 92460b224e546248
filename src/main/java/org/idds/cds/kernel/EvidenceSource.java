package org.idds.cds.kernel;

import java.util.Optional;

/**
 * An entry of the evidence catalogue; {@code supersededBy} is present when a newer edition in the catalogue replaces
 * it (citations of it still resolve, and say so).
 */
public record EvidenceSource(
        String key,
        String label,
        String reference,
        Optional<String> doi,
        Optional<String> url,
        SourceKind kind,
        Optional<Supersession> supersededBy) {

    public boolean superseded() {
        return supersededBy.isPresent();
    }
}
