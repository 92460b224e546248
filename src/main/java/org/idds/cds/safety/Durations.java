package org.idds.cds.safety;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;

/** Time between two instants in the unit of the figure it meets (exact to the minute). */
final class Durations {

    private Durations() {}

    static BigDecimal between(Instant from, Instant to, Parameter figure) {
        BigDecimal minutes = BigDecimal.valueOf(Duration.between(from, to).toMinutes());
        Quantity hours = Quantity.of(minutes.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_EVEN), Unit.HOUR);
        return hours.to(figure.unit()).value();
    }

    /** The figure as a duration (hours, days, weeks; a month as UCUM's 30.4375 days). */
    static Duration of(Parameter figure) {
        BigDecimal minutes =
                Quantity.of(figure.value(), figure.unit()).to(Unit.MINUTE).value();
        return Duration.ofMinutes(minutes.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }
}
