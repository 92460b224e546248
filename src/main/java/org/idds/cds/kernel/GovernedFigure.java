package org.idds.cds.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A knowledge figure a recommendation relied on (threshold, conversion factor, hold time) with its provenance, so
 * every output shows where the number came from and whether it is verified. What the figure is, in words, is ruleset
 * text found by its key (the ruleset's figure catalogue), never written here.
 */
public record GovernedFigure(
        String key, String value, Optional<String> unit, Verification verification, List<Citation> citations) {

    public static GovernedFigure of(
            String key, Quantity quantity, Verification verification, List<Citation> citations) {
        return new GovernedFigure(
                key,
                quantity.rounded().toPlainString(),
                Optional.of(quantity.unit().ucum()),
                verification,
                citations);
    }
}
