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
    void theCalculationIsShownLineByLine() {
        OpioidLoad load = calculator.calculate(List.of(
                med("hydromorphone", Route.ORAL, "4", Unit.MG, "12"),
                med("fentanyl", Route.TRANSDERMAL, "75", Unit.UG_PER_HOUR, null)));
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("420")));
        assertEquals(
                "hydromorphone oral: 4 mg x 12/d = 48 mg/d x 5 = 240 mg/d OME",
                load.lines().get(0).calculation());
        // issue 13: transdermal fentanyl has two verified factors, CDC 2022 2.4 and ANZCA FPM 2021 3 per ug/h
        assertEquals(
                "fentanyl transdermal: 75 ug/h x 2.4 (CDC 2022) = 180 mg/d OME; x 3 (ANZCA FPM 2021) = 225 mg/d OME:"
                        + " cited sources disagree, both shown",
                load.lines().get(1).calculation());
        assertTrue(load.complete());
        assertTrue(load.factorsDisagree());
        assertEquals(0, load.alternativeOmeMgPerDay().compareTo(new BigDecimal("465")));
    }

    @Test
    void fentanylByInfusionAndByPatchIsComputedUnderBothCitedFactors() {
        // verification.md section 0: ANZCA FPM 0.2 per ug/d, UK palliative practice 150:1 (0.15 per ug/d);
        // 25 ug/h = 600 ug/d -> 120 and 90 mg/d. A 25 ug/h patch is 25 x 2.4 = 60 mg/d (CDC 2022).
        OpioidLoad sc =
                calculator.calculate(List.of(med("fentanyl", Route.SUBCUTANEOUS, "25", Unit.UG_PER_HOUR, null)));
        assertEquals(0, sc.omeMgPerDay().compareTo(new BigDecimal("120")));
        assertEquals(0, sc.alternativeOmeMgPerDay().compareTo(new BigDecimal("90")));
        assertEquals(0, sc.omeLowMgPerDay().compareTo(new BigDecimal("90")));
        assertEquals(0, sc.omeHighMgPerDay().compareTo(new BigDecimal("120")));
        assertTrue(sc.factorsDisagree());
        OmeLine line = sc.lines().get(0);
        assertEquals("ANZCA FPM 2021", line.factorLabel().orElseThrow());
        assertEquals("UK palliative practice", line.alternative().orElseThrow().label());
        assertEquals(
                "fentanyl subcutaneous: 25 ug/h = 600 ug/d x 0.2 (ANZCA FPM 2021) = 120 mg/d OME (factor unverified);"
                        + " x 0.15 (UK palliative practice) = 90 mg/d OME: cited sources disagree, both shown",
                line.calculation());
        assertEquals(
                "ANZCA_FPM_OPIOID_EQUIVALENCE_2021",
                line.factorCitations().get(0).sourceKey());
        assertEquals(
                "UK_OPIOID_CONVERSION_GUIDE",
                line.alternative().orElseThrow().citations().get(0).sourceKey());
        // the total is the value; the other total and the factors' labels are the note's (its wording is ruleset text)
        assertEquals("120", sc.basis().get(0).value());
        assertEquals(
                Optional.of(OpioidLoad.NOTE_FACTORS_DISAGREE), sc.basis().get(0).note());
        assertEquals(
                java.util.Map.of(
                        "alternativeTotal", "90",
                        "factorLabels", "ANZCA FPM 2021",
                        "alternativeLabels", "UK palliative practice"),
                sc.basis().get(0).noteArgs());

        OpioidLoad patch =
                calculator.calculate(List.of(med("fentanyl", Route.TRANSDERMAL, "25", Unit.UG_PER_HOUR, null)));
        assertEquals(0, patch.omeMgPerDay().compareTo(new BigDecimal("60")));
        // ANZCA FPM 2021's patch factor 3 per ug/h beside CDC 2022's 2.4 (verification.md section 0)
        assertEquals(0, patch.alternativeOmeMgPerDay().compareTo(new BigDecimal("75")));
        assertTrue(patch.factorsDisagree());
        assertEquals("CDC 2022", patch.lines().get(0).factorLabel().orElseThrow());
        assertEquals(
                "ANZCA FPM 2021",
                patch.lines().get(0).alternative().orElseThrow().label());
    }

    @Test
    void morphineSubcutaneousShowsBothCitedFactorsAndIntravenousOne() {
        OpioidLoad sc = calculator.calculate(List.of(med("morphine", Route.SUBCUTANEOUS, "60", Unit.MG_PER_DAY, null)));
        assertEquals(0, sc.omeMgPerDay().compareTo(new BigDecimal("180")));
        assertEquals(0, sc.alternativeOmeMgPerDay().compareTo(new BigDecimal("120")));
        // the ANZCA parenteral row is not verified for SC; the UK SC figure was read
        assertEquals(
                org.idds.cds.kernel.Verification.UNVERIFIED,
                sc.lines().get(0).factorVerification().orElseThrow());
        assertEquals(
                org.idds.cds.kernel.Verification.VERIFIED,
                sc.lines().get(0).alternative().orElseThrow().verification());
        OpioidLoad iv = calculator.calculate(List.of(med("morphine", Route.INTRAVENOUS, "60", Unit.MG_PER_DAY, null)));
        assertEquals(0, iv.omeMgPerDay().compareTo(new BigDecimal("180")));
        assertFalse(iv.factorsDisagree());
    }

    @Test
    void aLineWithoutDisagreementAddsItsOwnTotalToBoth() {
        OpioidLoad load = calculator.calculate(List.of(
                med("fentanyl", Route.SUBCUTANEOUS, "25", Unit.UG_PER_HOUR, null),
                med("morphine", Route.ORAL, "100", Unit.MG_PER_DAY, null)));
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("220")));
        assertEquals(0, load.alternativeOmeMgPerDay().compareTo(new BigDecimal("190")));
    }

    @Test
    void theCalculatorOnlyComputesALoadNeverADoseOfAnotherOpioid() {
        // the CDC 2022 caveat: MME is not for converting one opioid to another; the calculator's only
        // public operation takes medications and returns a load
        var methods = java.util.Arrays.stream(OmeCalculator.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .toList();
        assertEquals(List.of("calculate"), methods);
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
    void anOpioidWithAnUnknownDoseMakesTheLoadIncompleteAndIsNamed() {
        OpioidLoad load = calculator.calculate(List.of(
                new Medication("oxycodone", Route.ORAL, Optional.empty(), Optional.empty()),
                med("morphine", Route.ORAL, "100", Unit.MG_PER_DAY, null)));
        assertFalse(load.complete());
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("100")));
        assertTrue(load.lines().get(0).dailyDose().isEmpty());
        assertEquals(
                "oxycodone oral: dose unknown; not convertible, not counted, MDT to assess",
                load.lines().get(0).calculation());
        assertEquals(List.of("oxycodone oral"), load.notCounted());
        // the total as its value; "lower bound" and what was not counted as a note (selection's factNotes)
        assertEquals("100", load.basis().get(0).value());
        assertEquals(
                Optional.of(OpioidLoad.NOTE_LOWER_BOUND), load.basis().get(0).note());
        assertEquals(
                java.util.Map.of("notCounted", "oxycodone oral"),
                load.basis().get(0).noteArgs());
    }

    @Test
    void aDoseAboveThePlausibilityCeilingIsNotCountedUntilConfirmed() {
        Medication slip = new Medication(
                "morphine",
                Route.ORAL,
                Optional.of(Quantity.of("60000", Unit.MG_PER_DAY)),
                Optional.empty(),
                "morphine",
                false);
        OpioidLoad unconfirmed = calculator.calculate(List.of(slip));
        assertFalse(unconfirmed.complete());
        assertEquals(0, unconfirmed.omeMgPerDay().signum());
        assertTrue(unconfirmed.lines().get(0).calculation().contains("likely unit error"));

        Medication confirmed = new Medication(
                "morphine",
                Route.ORAL,
                Optional.of(Quantity.of("60000", Unit.MG_PER_DAY)),
                Optional.empty(),
                "morphine",
                true);
        OpioidLoad counted = calculator.calculate(List.of(confirmed));
        assertTrue(counted.complete());
        assertEquals(0, counted.omeMgPerDay().compareTo(new BigDecimal("60000")));
        assertTrue(counted.lines().get(0).calculation().contains("confirmed by the clinician"));
    }

    @Test
    void aHighButPlausibleDoseIsCountedWithoutConfirmation() {
        OpioidLoad load = calculator.calculate(List.of(med("morphine", Route.ORAL, "3000", Unit.MG_PER_DAY, null)));
        assertTrue(load.complete());
        assertEquals(0, load.omeMgPerDay().compareTo(new BigDecimal("3000")));
    }

    @Test
    void aNeuraxialOpioidIsNeverConvertedWithASystemicFactor() {
        OpioidLoad load = calculator.calculate(List.of(
                med("morphine", Route.INTRATHECAL, "5", Unit.MG_PER_DAY, null),
                med("fentanyl", Route.EPIDURAL, "600", Unit.UG_PER_DAY, null)));
        assertFalse(load.complete());
        assertEquals(0, load.omeMgPerDay().signum());
        assertTrue(load.lines().stream().allMatch(l -> l.factor().isEmpty()));
        assertTrue(load.lines().get(0).calculation().contains("never converted with a systemic OME factor"));
    }

    @Test
    void theUkSyringeDriverOpioidsAreKnownAndWithoutACitedFactorLeaveTheLoadIncomplete() {
        OpioidLoad load = calculator.calculate(List.of(
                med("diamorphine", Route.SUBCUTANEOUS, "30", Unit.MG_PER_DAY, null),
                med("alfentanil", Route.SUBCUTANEOUS, "2", Unit.MG_PER_DAY, null)));
        assertFalse(load.complete());
        assertEquals(List.of("diamorphine subcutaneous", "alfentanil subcutaneous"), load.notCounted());
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
