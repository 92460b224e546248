package org.idds.cds.kernel;

import java.util.List;

/**
 * A newer edition replaces this source: the catalogued {@code sources} that supersede it (keys of the evidence
 * catalogue) and a {@code note} saying what the newer edition covers and what was not re-checked against it.
 */
public record Supersession(List<String> sources, String note) {

    public Supersession {
        sources = List.copyOf(sources);
    }
}
