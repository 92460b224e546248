package org.idds.cds.kernel.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void oneMgPerDayAtThreeMgPerMlIsExactlyAThirdOfAMlPerDay() {
        Measure rate = Measure.of("1", "mg/d").divide(Measure.of("3", "mg/mL"));
        assertEquals(new Measure(Ratio.of(1, 3), "mL/d"), rate);
        assertEquals(new BigDecimal("0." + "3".repeat(30)), rate.toBigDecimal(new MathContext(30)));
        assertEquals(new BigDecimal("0." + "3".repeat(100)), rate.toBigDecimal(new MathContext(100)));
        assertThrows(ArithmeticException.class, rate::toBigDecimal); // no silent rounding
        assertEquals("1/3 mL/d", rate.toString());
    }

    @Test
    void twentyFiveUgPerHourIsExactlyPointSixMgPerDay() {
        Measure daily = Measure.of("25", "ug/h").to("mg/d");
        assertEquals(Measure.of("0.6", "mg/d"), daily);
        assertEquals(new BigDecimal("0.6"), daily.toBigDecimal());
        assertEquals(Measure.of("25", "ug/h"), daily.to("ug/h"));
    }

    @Test
    void concentrationTimesPumpRateIsTheDailyDose() {
        Measure dose = Measure.of("1000", "ug/mL").multiply(Measure.of("0.7", "mL/d"));
        assertEquals(Measure.of("700", "ug/d"), dose);
        assertEquals(Measure.of("0.7", "mg/d"), dose.to("mg/d"));
    }

    @Test
    void reservoirOverRateIsTheRefillIntervalAsAnExactRatio() {
        Measure days = Measure.of("20", "mL").divide(Measure.of("0.7", "mL/d"));
        assertEquals(new Measure(Ratio.of(200, 7), "d"), days);
        assertEquals("200/7 d", days.toString());
        assertEquals(new BigDecimal("28.57"), days.toBigDecimal(new MathContext(4)));
        assertEquals(new Measure(Ratio.of(200, 49), "wk"), days.to("wk"));
    }

    @Test
    void massIsNeverConvertedIntoVolume() {
        Measure mass = Measure.of("10", "mg");
        IncommensurableUnitsException e = assertThrows(IncommensurableUnitsException.class, () -> mass.to("mL"));
        assertEquals("mg", e.from());
        assertEquals("mL", e.to());
        assertThrows(IncommensurableUnitsException.class, () -> mass.add(Measure.of("1", "mL")));
        assertThrows(IncommensurableUnitsException.class, () -> mass.compareQuantity(Measure.of("1", "mL")));
        assertFalse(mass.isCommensurableWith("mL"));
        assertTrue(mass.isCommensurableWith("ug"));
    }

    @Test
    void mcgIsRefused() {
        assertThrows(InvalidUnitException.class, () -> Measure.of("100", "mcg"));
        assertThrows(InvalidUnitException.class, () -> Measure.of("100", "ug").to("mcg"));
    }

    @Test
    void aTenfoldErrorIsVisible() {
        Measure intended = Measure.of("1", "mg/mL");
        Measure tenfold = Measure.of("10", "mg/mL");
        assertNotEquals(intended, tenfold);
        assertFalse(intended.isSameQuantityAs(tenfold));
        assertTrue(tenfold.compareQuantity(intended) > 0);
        assertEquals(Ratio.of(10), tenfold.divide(intended).value());
        assertEquals("1", tenfold.divide(intended).unit());
        // mg vs ug slip: 1 mg/mL is 1000 ug/mL, not 100
        assertFalse(intended.isSameQuantityAs(Measure.of("100", "ug/mL")));
        assertTrue(intended.isSameQuantityAs(Measure.of("1000", "ug/mL")));
        assertNotEquals(intended, Measure.of("1000", "ug/mL")); // records compare value and code exactly
    }

    @Test
    void ugToMgIsExactlyOneThousandth() {
        assertEquals(Ratio.of(1, 1000), Ucum.shared().factor("ug", "mg"));
        assertEquals(new Measure(Ratio.of(1, 1000), "mg"), Measure.of("1", "ug").to("mg"));
    }

    @Test
    void addsAndSubtractsInTheFirstUnit() {
        Measure total = Measure.of("0.5", "mg/d").add(Measure.of("250", "ug/d"));
        assertEquals(Measure.of("0.75", "mg/d"), total);
        assertEquals(Measure.of("0.25", "mg/d"), Measure.of("0.5", "mg/d").subtract(Measure.of("250", "ug/d")));
        assertEquals(Measure.of("1.5", "mg/d"), Measure.of("0.5", "mg/d").multiply(Ratio.of(3)));
        assertEquals(
                new Measure(Ratio.of(1, 6), "mg/d"), Measure.of("0.5", "mg/d").divide(Ratio.of(3)));
    }

    @Test
    void monthsAndYearsAreTheMeanJulianOnes() {
        assertEquals(Measure.of("30.4375", "d"), Measure.of("1", "mo").to("d"));
        assertEquals(Measure.of("365.25", "d"), Measure.of("1", "a").to("d"));
        assertEquals(Measure.of("3", "mo"), Measure.of("0.25", "a").to("mo"));
    }

    @Test
    void divisionByZeroIsAnError() {
        assertThrows(ArithmeticException.class, () -> Measure.of("1", "mg").divide(Measure.of("0", "mL/d")));
    }
}
