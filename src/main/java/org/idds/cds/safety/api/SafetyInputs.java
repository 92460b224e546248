package org.idds.cds.safety.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.web.QuantityDto;

/**
 * How safety's request readers (the procedure check's, the follow-up check's, the respiratory-risk group's) read the
 * values they share: a drug by its name in the ruleset's catalogue, a date and time, a validated quantity. A refusal
 * names its field through {@code refusal}, the check's own exception.
 */
final class SafetyInputs {

    private SafetyInputs() {}

    /** The catalogue's drug {@code name} names, or refused as not in the catalogue with the names it suggests. */
    static DrugEntry drug(
            String field,
            String name,
            DrugCatalogue catalogue,
            BiFunction<String, String, ? extends RuntimeException> refusal) {
        return catalogue.resolve(name).map(DrugCatalogue.Match::drug).orElseThrow(() -> {
            var suggested = catalogue.suggestions(name);
            return refusal.apply(
                    field,
                    "is not in the drug catalogue"
                            + (suggested.isEmpty() ? "" : "; did you mean " + String.join(", ", suggested) + "?"));
        });
    }

    /** {@code text} (already of the request's date-time pattern) as a date and time, or refused as no real one. */
    static OffsetDateTime dateTime(
            String field, String text, BiFunction<String, String, ? extends RuntimeException> refusal) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw refusal.apply(field, "is not a valid date and time");
        }
    }

    /** A quantity whose unit validation has already accepted. */
    static Quantity quantity(QuantityDto dto) {
        return new Quantity(dto.value(), Unit.fromUcum(dto.unit()).orElseThrow());
    }
}
