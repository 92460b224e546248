package org.idds.cds.kernel.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator, so that two equal numbers are equal
 * records (1/3 == 2/6, 0.5 == 1/2).
 *
 * <p>Why not {@link BigDecimal}: unit arithmetic divides, and the quotients are often non-terminating. 1 mg/d at
 * 3 mg/mL is 1/3 mL/d; an hour is 1/24 day; a 20 mL reservoir at 0.7 mL/d lasts 200/7 days. A {@code BigDecimal}
 * has to round each of these at some chosen precision, and the rounding then compounds through the next step. A
 * {@code Ratio} carries them exactly; rounding happens once, where a caller shows or stores a number, and only
 * through {@link #toBigDecimal(MathContext)}, which names the precision. {@link #toBigDecimal()} refuses (throws)
 * rather than round a non-terminating value.
 *
 * <p>Decimal input is exact too: {@code Ratio.parse("0.7")} is 7/10, never the binary double nearest 0.7.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    /**
     * Bound on a decimal's power-of-ten scale accepted by {@link #of(BigDecimal)} and {@link #parse(String)}: "1e-3"
     * is fine, "1e999999999" would build a billion-digit integer from a ten-character text.
     */
    static final int MAX_DECIMAL_SCALE = 1000;

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** Normalises: lowest terms, positive denominator, zero as 0/1. A zero denominator is an {@link ArithmeticException}. */
    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Ratio with a zero denominator: " + numerator + "/0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        } else {
            BigInteger gcd = numerator.gcd(denominator);
            if (!gcd.equals(BigInteger.ONE)) {
                numerator = numerator.divide(gcd);
                denominator = denominator.divide(gcd);
            }
        }
    }

    public static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Ratio of(BigInteger value) {
        return new Ratio(value, BigInteger.ONE);
    }

    /** The exact value of a decimal: 0.70 is 7/10, 1E+3 is 1000. */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int scale = value.scale();
        if (Math.abs((long) scale) > MAX_DECIMAL_SCALE) {
            throw new ArithmeticException(
                    "Decimal exponent out of range (more than " + MAX_DECIMAL_SCALE + " places): " + value);
        }
        BigInteger unscaled = value.unscaledValue();
        return scale >= 0
                ? new Ratio(unscaled, BigInteger.TEN.pow(scale))
                : new Ratio(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    /**
     * Reads a decimal ("0.7", "-2.5", "1e-3") or a fraction of two integers ("200/7"), exactly.
     *
     * @throws NumberFormatException when the text is neither
     */
    public static Ratio parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(text.trim()));
        }
        return new Ratio(
                new BigInteger(text.substring(0, slash).trim()),
                new BigInteger(text.substring(slash + 1).trim()));
    }

    public Ratio add(Ratio other) {
        return new Ratio(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio subtract(Ratio other) {
        return add(other.negate());
    }

    public Ratio multiply(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** @throws ArithmeticException when {@code other} is zero */
    public Ratio divide(Ratio other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("Division by zero");
        }
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    /** @throws ArithmeticException when this is zero */
    public Ratio reciprocal() {
        return ONE.divide(this);
    }

    /** This to an integer power, negative powers as the reciprocal's. */
    public Ratio pow(int exponent) {
        if (exponent >= 0) {
            return new Ratio(numerator.pow(exponent), denominator.pow(exponent));
        }
        return reciprocal().pow(-exponent);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** Whether the value has a finite decimal expansion (the denominator has no prime factors but 2 and 5). */
    public boolean isTerminating() {
        BigInteger d = denominator;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
        }
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }

    /**
     * The exact decimal value, without trailing zeros.
     *
     * @throws ArithmeticException when the value does not terminate (1/3): round explicitly with
     *     {@link #toBigDecimal(MathContext)} instead
     */
    public BigDecimal toBigDecimal() {
        if (!isTerminating()) {
            throw new ArithmeticException(this + " has no exact decimal form; round it with toBigDecimal(MathContext)");
        }
        BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator));
        return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }

    /** The value rounded once, to the given precision and rounding mode: the only place a {@code Ratio} rounds. */
    public BigDecimal toBigDecimal(MathContext context) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The exact decimal when there is one ("0.6", "1000"), otherwise the fraction ("1/3", "200/7"). */
    @Override
    public String toString() {
        if (isTerminating()) {
            return toBigDecimal().toPlainString();
        }
        return numerator + "/" + denominator;
    }
}
