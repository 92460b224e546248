package org.idds.cds.kernel;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One patient fact that made a rule fire: the input path, its value and its unit when it has one. A value that a
 * reader needs explained (a bound that is never a dose, a drug not in the device's labelling) names its fixed wording
 * by {@code note}, a key of the concern's outcomes file; {@code noteArgs} are the patient's values that wording takes
 * (a device, a labelled strength). The wording itself is ruleset text: never in the value.
 */
public record BasisItem(
        String input, String value, Optional<String> unit, Optional<String> note, Map<String, String> noteArgs) {

    /** The value of an input the request did not give (the same marker in every concern). */
    public static final String NOT_GIVEN = "(not given)";

    public BasisItem {
        noteArgs = Collections.unmodifiableMap(new TreeMap<>(noteArgs));
    }

    public BasisItem(String input, String value, Optional<String> unit) {
        this(input, value, unit, Optional.empty(), Map.of());
    }

    /** This fact with its value explained by the note {@code key}, filled with {@code args}. */
    public BasisItem withNote(String key, Map<String, String> args) {
        return new BasisItem(input, value, unit, Optional.of(key), args);
    }

    /** This fact with its value explained by the note {@code key}, which takes no values. */
    public BasisItem withNote(String key) {
        return withNote(key, Map.of());
    }

    public static BasisItem of(InputPath field, Object value) {
        return new BasisItem(field.path(), String.valueOf(value), Optional.empty());
    }

    public static BasisItem of(InputPath field, Quantity quantity) {
        return new BasisItem(
                field.path(),
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()));
    }

    /** A moment as the request gave it: its date, time and offset ({@code 2026-03-02T08:00:00+01:00}). */
    public static BasisItem time(String input, OffsetDateTime at) {
        return new BasisItem(input, at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Optional.empty());
    }

    public static BasisItem derived(String name, Quantity quantity) {
        return new BasisItem(
                name,
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()));
    }
}
