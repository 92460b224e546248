package org.idds.cds.kernel.answer;

import java.util.Map;
import java.util.Optional;

/**
 * One patient fact as an answer holds it once, under its input path: the value read and its unit if it has one; when
 * the value needs its fixed wording to be read (a bound, never a dose), the key of that wording in the concern's
 * outcomes file ({@code note}) and the values it takes ({@code noteArgs}). The full view adds the wording.
 */
public record FactValue(
        String value, Optional<String> unit, Optional<String> note, Optional<Map<String, String>> noteArgs) {

    public FactValue(String value, Optional<String> unit) {
        this(value, unit, Optional.empty(), Optional.empty());
    }
}
