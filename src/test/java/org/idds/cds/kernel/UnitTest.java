package org.idds.cds.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.idds.cds.kernel.units.Ratio;
import org.idds.cds.kernel.units.Ucum;
import org.junit.jupiter.api.Test;

/** The allow-list of units is policy; every factor and dimension under it comes from the UCUM essence. */
class UnitTest {

    @Test
    void everyAcceptedCodeIsValidUcum() {
        for (Unit unit : Unit.values()) {
            assertTrue(Ucum.shared().validate(unit.ucum()).isEmpty(), unit + " " + unit.ucum());
        }
    }

    @Test
    void unitsShareADimensionExactlyWhenUcumSaysTheyAreComparable() {
        for (Unit a : Unit.values()) {
            for (Unit b : Unit.values()) {
                if (hba1c(a) || hba1c(b)) {
                    continue;
                }
                assertEquals(
                        a.dimension() == b.dimension(),
                        Ucum.shared().isComparable(a.ucum(), b.ucum()),
                        a.ucum() + " vs " + b.ucum());
            }
        }
    }

    /**
     * UCUM would convert HbA1c % into mmol/mol by a factor of 10, but the NGSP and IFCC HbA1c scales are related by a
     * master equation with an offset: each is its own dimension, comparable with nothing else, so the engine can never
     * convert one into the other (or into a score).
     */
    @Test
    void theTwoHbA1cScalesAreNeverConverted() {
        for (Unit other : Unit.values()) {
            if (other != Unit.HBA1C_PERCENT) {
                assertNotEquals(Unit.HBA1C_PERCENT.dimension(), other.dimension(), other.ucum());
            }
            if (other != Unit.HBA1C_MMOL_PER_MOL) {
                assertNotEquals(Unit.HBA1C_MMOL_PER_MOL.dimension(), other.dimension(), other.ucum());
            }
        }
        assertThrows(UnitMismatchException.class, () -> Unit.HBA1C_PERCENT.factorTo(Unit.HBA1C_MMOL_PER_MOL));
    }

    private static boolean hba1c(Unit unit) {
        return unit == Unit.HBA1C_PERCENT || unit == Unit.HBA1C_MMOL_PER_MOL;
    }

    @Test
    void factorsAreExactRatiosFromTheEssence() {
        assertEquals(Ratio.of(1, 24), Unit.HOUR.factorTo(Unit.DAY));
        assertEquals(Ratio.of(3, 125), Unit.UG_PER_HOUR.factorTo(Unit.MG_PER_DAY));
        assertEquals(Ratio.of(1, 1000), Unit.UG.factorTo(Unit.MG));
        assertEquals(Ratio.parse("30.4375"), Unit.MONTH.factorTo(Unit.DAY));
        assertEquals(Ratio.parse("365.25"), Unit.YEAR.factorTo(Unit.DAY));
        assertEquals(Ratio.of(24), Unit.ML_PER_HOUR.factorTo(Unit.ML_PER_DAY));
        assertEquals(Ratio.of(1000), Unit.MG_PER_ML.factorTo(Unit.UG_PER_ML));
    }

    @Test
    void quantitiesConvertWithoutTheOldRoundedHourFactor() {
        assertEquals(
                new BigDecimal("0.6"),
                Quantity.of("25", Unit.UG_PER_HOUR).to(Unit.MG_PER_DAY).value());
        assertEquals(
                new BigDecimal("3"), Quantity.of("72", Unit.HOUR).to(Unit.DAY).value());
        assertEquals(
                new BigDecimal("91.3125"),
                Quantity.of("3", Unit.MONTH).to(Unit.DAY).value());
    }

    @Test
    void aCrossDimensionConversionIsRefused() {
        assertThrows(
                UnitMismatchException.class, () -> Quantity.of("1", Unit.MG).to(Unit.ML));
        assertThrows(UnitMismatchException.class, () -> Unit.MG_PER_ML.factorTo(Unit.MG));
    }

    @Test
    void mcgIsNotAcceptedAndTheAnswerNamesTheUcumCode() {
        assertFalse(Unit.fromUcum("mcg").isPresent());
        assertTrue(Unit.whyNotAccepted("mcg").contains("'ug'"));
    }
}
