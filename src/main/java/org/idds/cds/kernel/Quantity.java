package org.idds.cds.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.idds.cds.kernel.units.Ratio;

/** A number with its UCUM unit. Doses and durations never travel as bare numbers. */
public record Quantity(BigDecimal value, Unit unit) {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** Converts to another unit of the same dimension; a cross-dimension request is a programming error. */
    public Quantity to(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new UnitMismatchException(unit, target);
        }
        BigDecimal converted = Ratio.of(value).multiply(unit.factorTo(target)).toBigDecimal(PRECISION);
        return new Quantity(converted.stripTrailingZeros(), target);
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** Value rounded for display, e.g. "240 mg/d". */
    public String display() {
        return rounded().toPlainString() + " " + unit.ucum();
    }

    /** Two decimals at most, trailing zeros dropped, never in exponent form (180, not 1.8E+2). */
    public BigDecimal rounded() {
        BigDecimal stripped = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
