package org.idds.cds.kernel;

import java.util.Optional;

/** One patient fact that made a rule fire: the input path, its value and its unit when it has one. */
public record BasisItem(String input, String value, Optional<String> unit) {

    public static BasisItem of(InputPath field, Object value) {
        return new BasisItem(field.path(), String.valueOf(value), Optional.empty());
    }

    public static BasisItem of(InputPath field, Quantity quantity) {
        return new BasisItem(
                field.path(),
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()));
    }

    public static BasisItem derived(String name, Quantity quantity) {
        return new BasisItem(
                name,
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()));
    }
}
