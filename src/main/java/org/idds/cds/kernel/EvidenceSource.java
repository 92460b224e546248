package org.idds.cds.kernel;

import java.util.Optional;

/** An entry of the evidence catalogue. */
public record EvidenceSource(
        String key, String label, String reference, Optional<String> doi, Optional<String> url, SourceKind kind) {}
