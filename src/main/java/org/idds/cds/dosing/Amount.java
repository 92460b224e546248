package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.units.Measure;

/** Display rules for computed quantities: exact arithmetic throughout, rounded only when shown. */
final class Amount {

    private Amount() {}

    static Measure of(Quantity q) {
        return Measure.of(q.value(), q.unit().ucum());
    }

    /** Days and percentages to one decimal; everything else to at most four decimals, trailing zeros dropped. */
    static BigDecimal shown(Measure m) {
        BigDecimal exact = m.toBigDecimal(MathContext.DECIMAL64);
        int scale = m.unit().equals("d") || m.unit().equals("%") ? 1 : 4;
        BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** A basis item of a computed quantity: its value as {@link #shown} and its unit. */
    static BasisItem basisItem(String name, Measure m) {
        return new BasisItem(name, shown(m).toPlainString(), Optional.of(m.unit()));
    }

    /** The exact value when the shown one is rounded (a fraction such as 380/7 shown as 54.3). */
    static Optional<String> exactIfRounded(Measure m) {
        BigDecimal shown = shown(m);
        if (m.value().isTerminating() && m.value().toBigDecimal().compareTo(shown) == 0) {
            return Optional.empty();
        }
        return Optional.of(
                m.value().isTerminating()
                        ? m.value().toBigDecimal().toPlainString()
                        : m.value().numerator() + "/" + m.value().denominator()
                                + " ("
                                + m.toBigDecimal(MathContext.DECIMAL64)
                                        .round(new MathContext(10))
                                        .toPlainString()
                                + ")");
    }

    static String text(Measure m) {
        return shown(m).toPlainString() + " " + m.unit();
    }
}
