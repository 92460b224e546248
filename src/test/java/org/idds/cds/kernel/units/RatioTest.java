package org.idds.cds.kernel.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void normalisesToLowestTermsWithAPositiveDenominator() {
        assertEquals(Ratio.of(1, 3), Ratio.of(2, 6));
        assertEquals(Ratio.of(-1, 3), Ratio.of(2, -6));
        assertEquals(BigInteger.valueOf(3), Ratio.of(-2, -6).denominator());
        assertEquals(Ratio.ZERO, Ratio.of(0, -5));
        assertEquals(Ratio.of(1, 2).hashCode(), Ratio.parse("0.50").hashCode());
        assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
    }

    @Test
    void decimalsAreReadExactly() {
        assertEquals(Ratio.of(7, 10), Ratio.parse("0.7"));
        assertEquals(Ratio.of(1, 1000), Ratio.parse("1e-3"));
        assertEquals(Ratio.of(1000), Ratio.of(new BigDecimal("1E+3")));
        assertEquals(Ratio.of(200, 7), Ratio.parse("200/7"));
        assertThrows(NumberFormatException.class, () -> Ratio.parse("0,7"));
        assertThrows(ArithmeticException.class, () -> Ratio.parse("1e999999999"));
    }

    @Test
    void arithmeticIsExact() {
        Ratio third = Ratio.ONE.divide(Ratio.of(3));
        assertEquals(Ratio.ONE, third.add(third).add(third));
        assertEquals(Ratio.of(1, 6), Ratio.of(1, 2).subtract(Ratio.of(1, 3)));
        assertEquals(Ratio.of(1, 1_000_000), Ratio.of(1000).pow(-2));
        assertEquals(Ratio.of(3), third.reciprocal());
        assertThrows(ArithmeticException.class, () -> Ratio.ONE.divide(Ratio.ZERO));
        assertNotEquals(Ratio.parse("0.1"), Ratio.parse("0.10000000000000001"));
    }

    @Test
    void roundsOnlyWhenAskedAndRefusesToFakeAnExactDecimal() {
        Ratio third = Ratio.of(1, 3);
        assertThrows(ArithmeticException.class, third::toBigDecimal);
        assertEquals(new BigDecimal("0.333333333333333333333333333333"), third.toBigDecimal(new MathContext(30)));
        assertEquals(new BigDecimal("0.6"), Ratio.of(3, 5).toBigDecimal());
        assertEquals(new BigDecimal("1000"), Ratio.of(1000).toBigDecimal().setScale(0));
    }

    @Test
    void printsTheExactDecimalOrTheFraction() {
        assertEquals("0.6", Ratio.of(3, 5).toString());
        assertEquals("1000", Ratio.of(1000).toString());
        assertEquals("-0.025", Ratio.of(-1, 40).toString());
        assertEquals("200/7", Ratio.of(200, 7).toString());
        assertEquals("0", Ratio.ZERO.toString());
    }

    @Test
    void comparesByValue() {
        assertEquals(0, Ratio.of(1, 2).compareTo(Ratio.parse("0.5")));
        assertEquals(-1, Ratio.of(1, 3).compareTo(Ratio.parse("0.3334")));
        assertEquals(1, Ratio.of(-1, 3).compareTo(Ratio.of(-1, 2)));
    }
}
