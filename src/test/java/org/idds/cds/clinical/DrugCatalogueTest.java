package org.idds.cds.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.junit.jupiter.api.Test;

/** A clinician can name a drug as they write it: any case, a synonym or a brand; unknown names get near matches. */
class DrugCatalogueTest {

    private final DrugCatalogue catalogue = org.idds.cds.support.Knowledge.loader()
            .load(org.idds.cds.support.Knowledge.loader().bundled())
            .drugs();

    private String generic(String typed) {
        return catalogue.find(typed).map(DrugEntry::name).orElse("(unknown)");
    }

    @Test
    void brandNamesSynonymsAndCapitalisedNamesMapToTheGenericName() {
        assertEquals("apixaban", generic("Eliquis"));
        assertEquals("clonazepam", generic("Rivotril"));
        assertEquals("pregabalin", generic("Lyrica"));
        assertEquals("ziconotide", generic("Prialt"));
        assertEquals("fentanyl", generic("Durogesic"));
        assertEquals("morphine", generic("Morphine"));
        assertEquals("morphine", generic("  MORPHINE  "));
        assertEquals("paracetamol", generic("acetaminophen"));
        assertEquals("diamorphine", generic("heroin"));
        assertEquals("heparin", generic("UFH"));
    }

    @Test
    void anEntryIsFoundAsFindFindsItAndAnUnknownNameIsRefusedNamingIt() {
        assertEquals("apixaban", catalogue.entry("Eliquis").name());
        UnknownDrugException unknown = assertThrows(UnknownDrugException.class, () -> catalogue.entry("no-such-drug"));
        assertTrue(unknown.getMessage().contains("no-such-drug"));
    }

    @Test
    void aBrandKeepsTheRouteItIsGivenBy() {
        DrugCatalogue.Match durogesic = catalogue.resolve("durogesic").orElseThrow();
        assertEquals(List.of(Route.TRANSDERMAL), durogesic.brand().orElseThrow().routes());
        assertTrue(catalogue.resolve("Eliquis").orElseThrow().brand().isPresent());
        assertTrue(catalogue.resolve("apixaban").orElseThrow().brand().isEmpty());
    }

    @Test
    void theUkAndCommonDrugsOfTheIssueAreCatalogued() {
        assertEquals(
                DrugClass.OPIOID, catalogue.find("diamorphine").orElseThrow().drugClass());
        assertEquals(
                DrugClass.OPIOID, catalogue.find("alfentanil").orElseThrow().drugClass());
        assertEquals(
                DrugClass.OPIOID, catalogue.find("dihydrocodeine").orElseThrow().drugClass());
        assertEquals(
                DrugClass.ANTICOAGULANT,
                catalogue.find("tinzaparin").orElseThrow().drugClass());
        assertEquals(DrugClass.NSAID, catalogue.find("celecoxib").orElseThrow().drugClass());
        for (String gp : List.of("abciximab", "eptifibatide", "tirofiban")) {
            assertEquals(
                    DrugClass.ANTIPLATELET, catalogue.find(gp).orElseThrow().drugClass(), gp);
        }
        for (String ssri : List.of("sertraline", "citalopram", "escitalopram", "fluoxetine", "paroxetine")) {
            assertTrue(catalogue.find(ssri).orElseThrow().hold().isEmpty(), ssri + ": no hold without a source");
        }
        assertTrue(catalogue
                .find("diamorphine")
                .orElseThrow()
                .route(Route.SUBCUTANEOUS)
                .isPresent());
        assertTrue(catalogue.find("fentanyl").orElseThrow().route(Route.BUCCAL).isPresent());
        assertTrue(
                catalogue.find("fentanyl").orElseThrow().route(Route.INTRANASAL).isPresent());
        assertTrue(catalogue.find("morphine").orElseThrow().route(Route.RECTAL).isPresent());
        assertTrue(catalogue
                .find("morphine")
                .orElseThrow()
                .route(Route.INTRATHECAL)
                .orElseThrow()
                .ome()
                .isEmpty());
        assertTrue(catalogue
                .find("morphine")
                .orElseThrow()
                .route(Route.EPIDURAL)
                .orElseThrow()
                .ome()
                .isEmpty());
    }

    @Test
    void intravenousAndSubcutaneousHeparinHaveTheirOwnHoldsInTheArchivedCatalogue() {
        // from 2026.12.5 safety's procedure check dates every hold; an archived catalogue still loads its holds
        var loader = org.idds.cds.support.Knowledge.loader();
        DrugEntry heparin = loader.load(loader.archived("2026.12.4"))
                .drugs()
                .find("heparin")
                .orElseThrow();
        HoldAdvice iv = heparin.hold(Route.INTRAVENOUS).orElseThrow();
        HoldAdvice sc = heparin.hold(Route.SUBCUTANEOUS).orElseThrow();
        assertEquals(Quantity.of("6", Unit.HOUR).display(), iv.stopBefore().display());
        assertEquals(Quantity.of("2", Unit.HOUR).display(), iv.restartAfter().display());
        assertEquals(Quantity.of("24", Unit.HOUR).display(), sc.stopBefore().display());
        assertEquals(Quantity.of("6", Unit.HOUR).display(), sc.restartAfter().display());
    }

    @Test
    void theBundledCatalogueCarriesNoHold() {
        catalogue.drugs().values().forEach(d -> {
            assertTrue(d.hold().isEmpty(), d.name() + ": holds are safety's procedure parameters");
            d.routes().forEach(r -> assertTrue(r.hold().isEmpty(), d.name() + " " + r.route()));
        });
    }

    @Test
    void anUnknownNameGetsNearMatchesFromNamesSynonymsAndBrands() {
        assertTrue(catalogue.suggestions("morfine").contains("morphine"));
        assertTrue(catalogue.suggestions("Eliqis").contains("Eliquis (apixaban)"));
        assertTrue(catalogue.suggestions("oxycod").contains("oxycodone"));
        assertTrue(catalogue.suggestions("zzzzzzzz").isEmpty());
        assertTrue(catalogue.suggestions("x".repeat(10_000)).size() <= 5, "bounded");
    }

    @Test
    void everyOralMorphineCeilingIsAboveGramsADayAndCatchesAMicrogramSlip() {
        DoseCeiling oral = catalogue
                .find("morphine")
                .orElseThrow()
                .route(Route.ORAL)
                .flatMap(RouteEntry::ceiling)
                .orElseThrow();
        assertTrue(!oral.exceededBy(Quantity.of("3000", Unit.MG_PER_DAY)), "grams a day are plausible");
        assertTrue(oral.exceededBy(Quantity.of("60000", Unit.MG_PER_DAY)), "60 mg typed in micrograms as mg");
        assertTrue(oral.why().contains("Not a clinical maximum"));
    }
}
