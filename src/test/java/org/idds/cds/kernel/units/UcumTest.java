package org.idds.cds.kernel.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.Pair;
import org.fhir.ucum.UcumEssenceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UcumTest {

    private static final Ucum UCUM = Ucum.shared();

    /** The units dosing needs. */
    private static final List<String> DOSING_UNITS = List.of(
            "mg", "ug", "g", "mL", "L", "mg/mL", "ug/mL", "mg/d", "ug/d", "mL/d", "mL/h", "ug/h", "mg/h", "h", "d",
            "wk", "mo", "a", "1", "{score}", "mg/kg/d", "[IU]", "[IU]/mL");

    @Test
    void everyDosingUnitIsValidUcum() {
        for (String code : DOSING_UNITS) {
            assertEquals(Optional.empty(), UCUM.validate(code), code);
        }
        assertEquals("2.2", UCUM.essenceVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcg", "mcg/d", "mcg/h", "µg", "mg/day", "ml/hr", "mg / d", "days", "1e3", "mg/"})
    void nonUcumIsRefused(String code) {
        assertTrue(UCUM.validate(code).isPresent(), code);
        assertThrows(InvalidUnitException.class, () -> UCUM.factor(code, "mg"));
    }

    @Test
    void mcgIsRefusedWithTheUcumSpelling() {
        String why = UCUM.validate("mcg").orElseThrow();
        assertTrue(why.contains("'mcg' is not a UCUM unit"), why);
        assertTrue(why.contains("'ug'"), why);
        InvalidUnitException e = assertThrows(InvalidUnitException.class, () -> Measure.of("100", "mcg/d"));
        assertEquals("mcg/d", e.code());
    }

    @Test
    void emptyNullOverlongAndHugeExponentsAreRefused() {
        assertTrue(UCUM.validate(null).isPresent());
        assertTrue(UCUM.validate("").isPresent());
        assertTrue(UCUM.validate("m".repeat(Ucum.MAX_CODE_LENGTH + 1)).isPresent());
        assertTrue(UCUM.validate("10*999999999").isPresent());
        assertTrue(UCUM.validate("m25").isPresent());
        assertEquals(Optional.empty(), UCUM.validate("m24"));
    }

    @Test
    void caseMattersAndValidIsNotAcceptable() {
        // valid UCUM, but a megalitre and a megagram: why each field keeps its own allow-list
        assertEquals(Optional.empty(), UCUM.validate("ML"));
        assertEquals(Optional.empty(), UCUM.validate("Mg"));
        assertEquals(Ratio.of(1_000_000_000), UCUM.factor("ML", "mL"));
        assertEquals(Ratio.of(1_000_000_000), UCUM.factor("Mg", "mg"));
    }

    @Test
    void factorsAreExact() {
        assertEquals(Ratio.of(1, 1000), UCUM.factor("ug", "mg"));
        assertEquals(Ratio.of(1000), UCUM.factor("g", "mg"));
        assertEquals(Ratio.of(1000), UCUM.factor("L", "mL"));
        assertEquals(Ratio.of(1, 24), UCUM.factor("h", "d"));
        assertEquals(Ratio.of(7), UCUM.factor("wk", "d"));
        assertEquals(Ratio.parse("30.4375"), UCUM.factor("mo", "d")); // mean Julian month: 365.25 / 12 days
        assertEquals(Ratio.parse("365.25"), UCUM.factor("a", "d")); // mean Julian year
        assertEquals(Ratio.of(1, 12), UCUM.factor("mo", "a"));
        assertEquals(Ratio.of(3, 125), UCUM.factor("ug/h", "mg/d"));
        assertEquals(Ratio.of(24), UCUM.factor("mL/h", "mL/d"));
        assertEquals(Ratio.of(1000), UCUM.factor("mg/mL", "ug/mL"));
        assertEquals(Ratio.of(1000), UCUM.factor("mg/mL", "mg/L"));
        assertEquals(Ratio.ONE, UCUM.factor("mg{total}", "mg"));
        assertEquals(Ratio.ONE, UCUM.factor("[IU]", "[iU]"));
        assertEquals(Ratio.of(1, 1000), UCUM.factor("[IU]/L", "[IU]/mL"));
    }

    @Test
    void differentDimensionsAreRefusedByName() {
        IncommensurableUnitsException e =
                assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("mg", "mL"));
        assertEquals("mg", e.from());
        assertEquals("mL", e.to());
        assertTrue(e.getMessage().contains("'mg' (g)") && e.getMessage().contains("'mL' (m3)"), e.getMessage());
        assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("mg/d", "mg/mL"));
        assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("mg/d", "mg"));
        assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("d", "1"));
        assertFalse(UCUM.isComparable("mg", "mL"));
        assertTrue(UCUM.isComparable("ug/h", "mg/d"));
        assertEquals("g.s-1", UCUM.canonicalUnits("mg/d"));
        assertEquals("m-3.[iU]", UCUM.canonicalUnits("[IU]/mL"));
        assertEquals("1", UCUM.canonicalUnits("{tbl}"));
        assertTrue(assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("d", "1"))
                .getMessage()
                .contains("'1' (1)"));
    }

    @Test
    void arbitraryUnitsAreTheirOwnDimension() {
        // the library alone reduces [IU] to unity; UCUM says arbitrary units compare only with themselves
        assertFalse(UCUM.isComparable("[IU]", "1"));
        assertFalse(UCUM.isComparable("[IU]", "%"));
        assertFalse(UCUM.isComparable("[IU]", "{tbl}"));
        assertFalse(UCUM.isComparable("[IU]", "[arb'U]"));
        assertFalse(UCUM.isComparable("[IU]/mL", "/mL"));
        assertTrue(UCUM.isComparable("[IU]/mL", "[iU]/L"));
        assertThrows(IncommensurableUnitsException.class, () -> UCUM.factor("[IU]", "1"));
    }

    @Test
    void specialUnitsHaveNoFactor() {
        for (String special : List.of("Cel", "[degF]", "[pH]", "B", "Np")) {
            assertEquals(Optional.empty(), UCUM.validate(special), special);
            assertThrows(InvalidUnitException.class, () -> UCUM.factor(special, special), special);
            assertThrows(InvalidUnitException.class, () -> Measure.of(1, special), special);
        }
    }

    @Test
    void annotationsAreUnityAsUcumSays() {
        assertTrue(UCUM.isComparable("{tbl}", "1"));
        assertEquals(Ratio.ONE, UCUM.factor("{tbl}", "{puff}"));
    }

    @Test
    void exactCanonicalValuesAgreeWithTheLibrarysOwnDecimals() throws Exception {
        UcumEssenceService library =
                new UcumEssenceService(UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
        MathContext digits = new MathContext(20);
        for (String code : List.of(
                "mg",
                "ug",
                "g",
                "mL",
                "L",
                "mg/mL",
                "ug/mL",
                "mg/d",
                "ug/d",
                "mL/d",
                "mL/h",
                "ug/h",
                "h",
                "d",
                "wk",
                "mo",
                "a",
                "[lb_av]",
                "[in_i]",
                "[ft_us]",
                "[gal_us]",
                "deg",
                "mm[Hg]")) {
            Pair canonical = library.getCanonicalForm(new Pair(new Decimal(1), code));
            BigDecimal theirs = new BigDecimal(canonical.getValue().asDecimal()).round(digits);
            BigDecimal ours = UCUM.canonicalValue(code).toBigDecimal(digits);
            assertEquals(theirs.stripTrailingZeros(), ours.stripTrailingZeros(), code);
            assertEquals(canonical.getCode(), UCUM.canonicalUnits(code), code);
        }
    }

    @Test
    void theLibrarysOwnArithmeticIsWhyTheNumbersAreDoneHere() throws Exception {
        // pins the reasons in Ucum's javadoc: should a later library version change them, this test says so
        UcumEssenceService library =
                new UcumEssenceService(UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml"));
        Pair quotient = library.divideBy(new Pair(new Decimal(1), "mg/d"), new Pair(new Decimal(3), "mg/mL"));
        assertEquals(
                "0.3",
                library.convert(quotient.getValue(), quotient.getCode(), "mL/d").asDecimal());
        assertEquals(new Measure(Ratio.of(1, 3), "mL/d"), Measure.of(1, "mg/d").divide(Measure.of(3, "mg/mL")));
        assertTrue(library.isComparable("[IU]", "1"));
        assertFalse(UCUM.isComparable("[IU]", "1"));
    }

    @Test
    void composesCodesByTheAlgebraOfSymbols() {
        assertEquals("mL/d", UCUM.quotient("mg/d", "mg/mL"));
        assertEquals("ug/d", UCUM.product("ug/mL", "mL/d"));
        assertEquals("d", UCUM.quotient("mL", "mL/d"));
        assertEquals("1", UCUM.quotient("mg", "mg"));
        assertEquals("/d", UCUM.quotient("mg/d", "mg"));
        assertEquals("mg/d/kg", UCUM.quotient("mg/d", "kg"));
        assertEquals("m2", UCUM.product("m", "m"));
        assertEquals("mg.mL/d/ug", UCUM.quotient("mg/d", "ug/mL")); // no silent cancelling across prefixes
        // annotations and integer factors are kept, parenthesised, instead of being simplified away
        assertEquals("{tbl}/d", UCUM.quotient("{tbl}", "d"));
        assertEquals("mg/(24.h)", UCUM.quotient("mg", "24.h"));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // distinct codes, so that each call parses and reduces afresh in the library rather than hit a cache
            List<Callable<Ratio>> work = IntStream.rangeClosed(1, 200)
                    .<Callable<Ratio>>mapToObj(k -> () -> UCUM.factor("ug/(" + k + ".h)", "mg/d"))
                    .toList();
            List<Future<Ratio>> results = pool.invokeAll(work);
            for (int k = 1; k <= results.size(); k++) {
                assertEquals(Ratio.of(3, 125 * k), results.get(k - 1).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
