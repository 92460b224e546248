package org.idds.cds.kernel.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact quantity: a {@link Ratio} in a UCUM unit that has conversion factors (not a special unit such as
 * {@code Cel}).
 *
 * <p>Nothing here rounds. Products and quotients are exact and carry the unit the algebra gives, simplified where
 * the same symbol cancels ({@code mg/d ÷ mg/mL} is {@code mL/d}, {@code mL ÷ mL/d} is {@code d}); conversion with
 * {@link #to} multiplies by the exact factor from {@link Ucum}; a dimension mismatch ({@code mg} into {@code mL}) is
 * an {@link IncommensurableUnitsException}, never a number. Rounding is the caller's one explicit step, through
 * {@link #toBigDecimal(MathContext)}.
 *
 * <p>Record equality is exact value and identical code: 1 mg and 1000 ug are different records but
 * {@linkplain #isSameQuantityAs the same quantity}; 10 mg/mL and 1 mg/mL are neither.
 */
public record Measure(Ratio value, String unit) {

    /**
     * @throws InvalidUnitException when the unit is not UCUM or has no conversion factor
     */
    public Measure {
        Objects.requireNonNull(value, "value");
        Ucum.shared().requireMeasurable(unit);
    }

    /** From an exact decimal text: {@code Measure.of("0.7", "mL/d")}. */
    public static Measure of(String decimal, String unit) {
        return new Measure(Ratio.parse(decimal), unit);
    }

    public static Measure of(BigDecimal value, String unit) {
        return new Measure(Ratio.of(value), unit);
    }

    public static Measure of(long value, String unit) {
        return new Measure(Ratio.of(value), unit);
    }

    /** This times {@code other}, in the product unit ({@code ug/mL × mL/d} is {@code ug/d}). */
    public Measure multiply(Measure other) {
        return new Measure(value.multiply(other.value), Ucum.shared().product(unit, other.unit));
    }

    /**
     * This divided by {@code other}, in the quotient unit ({@code mg/d ÷ mg/mL} is {@code mL/d}).
     *
     * @throws ArithmeticException when {@code other} is zero
     */
    public Measure divide(Measure other) {
        return new Measure(value.divide(other.value), Ucum.shared().quotient(unit, other.unit));
    }

    /** This scaled by a pure number, in the same unit. */
    public Measure multiply(Ratio factor) {
        return new Measure(value.multiply(factor), unit);
    }

    /** This divided by a pure number, in the same unit. */
    public Measure divide(Ratio divisor) {
        return new Measure(value.divide(divisor), unit);
    }

    /**
     * The same quantity in {@code target}, exactly: 25 ug/h is 0.6 mg/d.
     *
     * @throws IncommensurableUnitsException when {@code target} is of another dimension
     * @throws InvalidUnitException when {@code target} is not UCUM or has no conversion factor
     */
    public Measure to(String target) {
        if (target.equals(unit)) {
            return this;
        }
        return new Measure(value.multiply(Ucum.shared().factor(unit, target)), target);
    }

    /** This plus {@code other}, in this unit. @throws IncommensurableUnitsException on a dimension mismatch */
    public Measure add(Measure other) {
        return new Measure(value.add(other.to(unit).value), unit);
    }

    /** This minus {@code other}, in this unit. @throws IncommensurableUnitsException on a dimension mismatch */
    public Measure subtract(Measure other) {
        return new Measure(value.subtract(other.to(unit).value), unit);
    }

    /**
     * Compares the quantities, whatever their units: negative, zero or positive as this is smaller, the same or
     * larger.
     *
     * @throws IncommensurableUnitsException on a dimension mismatch
     */
    public int compareQuantity(Measure other) {
        return value.compareTo(other.to(unit).value);
    }

    /** Whether both are the same quantity, exactly (1 mg and 1000 ug are; 10 mg/mL and 1 mg/mL are not). */
    public boolean isSameQuantityAs(Measure other) {
        return compareQuantity(other) == 0;
    }

    /** Whether this can be expressed in {@code otherUnit}. */
    public boolean isCommensurableWith(String otherUnit) {
        return Ucum.shared().isComparable(unit, otherUnit);
    }

    /** The exact decimal value. @throws ArithmeticException when it does not terminate (1/3) */
    public BigDecimal toBigDecimal() {
        return value.toBigDecimal();
    }

    /** The value rounded once, as {@code context} says. */
    public BigDecimal toBigDecimal(MathContext context) {
        return value.toBigDecimal(context);
    }

    /** "0.6 mg/d"; a non-terminating value as its fraction, "200/7 d". */
    @Override
    public String toString() {
        return value + " " + unit;
    }
}
