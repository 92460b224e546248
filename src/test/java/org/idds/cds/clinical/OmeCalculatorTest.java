package org.idds.cds.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.UnitMismatchException;
import org.junit.jupiter.api.Test;

/** The OME calculation is shown, unit-safe, and never guesses a conversion it does not have. */
class OmeCalculatorTest {

    private final OmeCalculator calculator = new OmeCalculator(org.idds.cds.support.Knowledge.loader()
            .load(org.idds.cds.support.Knowledge.loader().bundled())
            .drugs());

    private static Medication med(String drug, Route route, String value, Unit unit, String perDay) {
        return new Medication(
                drug,
                route,
                Optional.of(Quantity.of(value, unit)),
                Optional.ofNullable(perDay).map(BigDecimal::new));
    }

    @Test
    void microgramsAndMilligramsGiveTheSameOralMorphineEquivalent() {
        OpioidLoad inMg = calculator.calculate(List.of(med("morphine", Route.ORAL, "30", Unit.MG, "2")));
        OpioidLoad inUg = calculator.calculate(List.of(med("morphine", Route.ORAL, "30000", Unit.UG, "2")));
        assertEquals(0, inMg.omeMgPerDay().compareTo(new BigDecimal("60")));
        assertEquals(0, inUg.omeMgPerDay().compareTo(new BigDecimal("60")));
    }

    @Test
    void theCalculationIsShownLineByLineAndFlagsUnverifiedFactors() {
        OpioidLoad load = calculator.calculate(List.of(
                med("hydromorphone", Route.ORAL, "4", Unit.MG, "12"),
                med("fentanyl", Route.TRANSDERMAL, "75", Unit.UG_PER_HOUR, null)));
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("420")));
        assertEquals(
                "hydromorphone oral: 4 mg x 12/d = 48 mg/d x 5 = 240 mg/d OME (factor unverified)",
                load.lines().get(0).calculation());
        assertEquals(
                "fentanyl transdermal: 75 ug/h x 2.4 = 180 mg/d OME (factor unverified)",
                load.lines().get(1).calculation());
        assertTrue(load.complete());
    }

    @Test
    void anOpioidWithoutAGovernedConversionMakesTheTotalALowerBound() {
        OpioidLoad load = calculator.calculate(List.of(
                med("methadone", Route.ORAL, "30", Unit.MG_PER_DAY, null),
                med("morphine", Route.ORAL, "100", Unit.MG_PER_DAY, null)));
        assertFalse(load.complete());
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("100")));
        assertTrue(load.lines().get(0).calculation().contains("no governed OME conversion"));
    }

    @Test
    void nonOpioidsDoNotCount() {
        OpioidLoad load = calculator.calculate(
                List.of(new Medication("apixaban", Route.ORAL, Optional.empty(), Optional.empty())));
        assertEquals(0, load.omeMgPerDay().signum());
        assertTrue(load.lines().isEmpty());
    }

    @Test
    void quantitiesConvertOnlyWithinTheirDimension() {
        assertEquals(0, Quantity.of("6", Unit.WEEK).to(Unit.DAY).value().compareTo(new BigDecimal("42")));
        assertEquals(
                0,
                Quantity.of("75", Unit.UG_PER_HOUR).to(Unit.MG_PER_DAY).value().compareTo(new BigDecimal("1.8")));
        assertThrows(
                UnitMismatchException.class, () -> Quantity.of("1", Unit.MG).to(Unit.MG_PER_DAY));
        assertEquals("180", Quantity.of("180.00", Unit.MG_PER_DAY).rounded().toPlainString());
    }
}
