package org.idds.cds.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A knowledge figure a recommendation relied on (threshold, conversion factor, hold time) with its provenance, so
 * every output shows where the number came from and whether it is verified.
 */
public record GovernedFigure(
        String key,
        String value,
        Optional<String> unit,
        String description,
        Verification verification,
        List<Citation> citations) {

    public static GovernedFigure of(
            String key, Quantity quantity, String description, Verification verification, List<Citation> citations) {
        return new GovernedFigure(
                key,
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()),
                description,
                verification,
                citations);
    }
}
