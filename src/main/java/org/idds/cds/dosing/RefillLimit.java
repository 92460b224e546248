package org.idds.cds.dosing;

import java.math.BigDecimal;
import org.idds.cds.kernel.Quantity;

/**
 * A governed figure the interval to the refill is compared with in DRL ({@code ReservoirTiming(intervalKnown == true,
 * intervalIn($stability) > $stability.value)}): the studied stability of the reservoir's contents ({@code
 * library.stability.<components>}), or the shortest label refill interval that applies to the reservoir's drugs
 * ({@code library.<drug>.refillInterval.<condition>}); its key, and its value in its own unit. The figure itself
 * (verification, citations) reaches the finding through {@link ReservoirTiming}, by its key.
 */
public record RefillLimit(Figure figure, String key, BigDecimal value, String unit) {

    /** The figures the refill rules compare the interval with. */
    public enum Figure {
        /** How long the contents were studied stable in the pump. */
        STUDIED_STABILITY,
        /** The shortest refill interval a drug label allows for these contents. */
        LABEL_REFILL_INTERVAL
    }

    static RefillLimit of(Figure figure, String key, Quantity quantity) {
        return new RefillLimit(figure, key, quantity.value(), quantity.unit().ucum());
    }
}
