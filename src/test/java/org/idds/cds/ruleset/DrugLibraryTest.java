package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.idds.cds.clinical.Admixture;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrug.Limit;
import org.idds.cds.clinical.IntrathecalDrug.RefillInterval;
import org.idds.cds.clinical.IntrathecalDrug.RefillInterval.Condition;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/**
 * The intrathecal drug library (issue 8, item 2) is ruleset content: listed in the manifest under {@code drugLibrary},
 * covered by the content hash, checked at load (schema, sources, units by dimension, drugs of the catalogue with an
 * intrathecal route), and read into {@link IntrathecalDrugLibrary} with every figure's severity and provenance.
 */
class DrugLibraryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIBRARY = "dosing/drug-library.json";

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();
    private final Ruleset ruleset = loader.load(bundled);
    private final IntrathecalDrugLibrary library = ruleset.content().drugLibrary();

    @Test
    void theLibraryHoldsTheNineIntrathecalDrugsEachInTheCatalogueWithAnIntrathecalRoute() {
        assertTrue(bundled.file(LIBRARY).isPresent(), "the bundled source (hence the hash) holds " + LIBRARY);
        assertEquals(
                List.of(
                        "morphine",
                        "hydromorphone",
                        "fentanyl",
                        "sufentanil",
                        "ziconotide",
                        "bupivacaine",
                        "ropivacaine",
                        "clonidine",
                        "baclofen"),
                library.drugs().stream().map(IntrathecalDrug::name).toList());
        for (IntrathecalDrug drug : library.drugs()) {
            assertTrue(
                    ruleset.drugs()
                            .find(drug.name())
                            .orElseThrow()
                            .route(Route.INTRATHECAL)
                            .isPresent(),
                    drug.name());
            assertFalse(drug.citations().isEmpty(), drug.name());
        }
    }

    @Test
    void morphinesConsensusMaximumConcentrationIsASoftLimitWithItsSource() {
        IntrathecalDrug morphine = drug("morphine");
        Limit max = morphine.maxConcentration().orElseThrow();
        assertEquals(Quantity.of("20", Unit.MG_PER_ML), max.value());
        assertEquals(Severity.WARNING, max.severity(), "a 25 mg/mL approved product is above it: soft, not hard");
        assertEquals(Verification.UNVERIFIED, max.verification());
        assertEquals("PACC2012_MANAGEMENT", max.citations().get(0).sourceKey());
        assertTrue(max.note().contains("25 mg/mL"), max.note());
        assertEquals(
                Quantity.of("15", Unit.MG_PER_DAY),
                morphine.maxDailyDose().orElseThrow().value());
        assertEquals(Severity.WARNING, morphine.maxDailyDose().orElseThrow().severity());
        assertEquals(
                Quantity.of("0.5", Unit.MG_PER_DAY),
                morphine.startingDailyDose().orElseThrow().high());
    }

    @Test
    void whereNoVerifiedMaximumExistsTheLibrarySaysSoInsteadOfInventingOne() {
        for (String name : List.of("ropivacaine", "fentanyl", "sufentanil")) {
            IntrathecalDrug drug = drug(name);
            assertTrue(drug.noEstablishedMaximum().isPresent(), name);
            assertTrue(drug.maxDailyDose().isEmpty(), name);
        }
        assertTrue(drug("ropivacaine").maxConcentration().isEmpty());
        assertTrue(drug("ropivacaine").noEstablishedMaximum().orElseThrow().contains("No established maximum"));
    }

    @Test
    void ziconotidesLabelLimitsAreHardAndItsRefillIntervalsAreFourteenFortyAndEightyFourDays() {
        IntrathecalDrug ziconotide = drug("ziconotide");
        Limit max = ziconotide.maxDailyDose().orElseThrow();
        assertEquals(Quantity.of("19.2", Unit.UG_PER_DAY), max.value());
        assertEquals(Severity.CRITICAL, max.severity());
        assertEquals(Verification.VERIFIED, max.verification());
        assertEquals(
                List.of(Condition.FIRST_FILL, Condition.DILUTED, Condition.UNDILUTED),
                ziconotide.refillIntervals().stream()
                        .map(RefillInterval::condition)
                        .toList());
        assertEquals(
                List.of(Quantity.of("14", Unit.DAY), Quantity.of("40", Unit.DAY), Quantity.of("84", Unit.DAY)),
                ziconotide.refillIntervals().stream()
                        .map(RefillInterval::maxInterval)
                        .toList());
        assertEquals(
                Quantity.of("2.4", Unit.UG_PER_DAY),
                ziconotide.titration().get(0).maxIncrease().orElseThrow());
        assertEquals(Verification.VERIFIED, ziconotide.titration().get(0).verification());
    }

    @Test
    void theTwoInternalDisagreementsStayUnverifiedWithTheSourcesMaximumAndAreMarkedForReading() {
        Limit bupivacaine = drug("bupivacaine").maxDailyDose().orElseThrow();
        assertEquals(Quantity.of("10", Unit.MG_PER_DAY), bupivacaine.value());
        assertEquals(Verification.UNVERIFIED, bupivacaine.verification());
        assertTrue(bupivacaine.note().contains("to be read against PACC"), bupivacaine.note());
        assertTrue(bupivacaine.note().contains("15-20 mg/day"), bupivacaine.note());
        Limit clonidine = drug("clonidine").maxDailyDose().orElseThrow();
        assertEquals(Quantity.of("600", Unit.UG_PER_DAY), clonidine.value(), "the maximum, not the low end of a range");
        assertEquals(Verification.UNVERIFIED, clonidine.verification());
        assertTrue(clonidine.note().contains("to be read against PACC"), clonidine.note());
    }

    @Test
    void thePlausibilityCeilingIsCriticalAndAboveEveryDoseInUse() {
        for (IntrathecalDrug drug : library.drugs()) {
            Limit ceiling = drug.implausibleDailyDose();
            assertEquals(Severity.CRITICAL, ceiling.severity(), drug.name());
            assertTrue(ceiling.note().startsWith("Plausibility limit, not a clinical one"), drug.name());
        }
        Quantity hydromorphoneCeiling =
                drug("hydromorphone").implausibleDailyDose().value();
        assertTrue(
                Quantity.of("200", Unit.MG_PER_DAY)
                                .value()
                                .compareTo(
                                        hydromorphoneCeiling.to(Unit.MG_PER_DAY).value())
                        > 0,
                "hydromorphone 200 mg/day intrathecal is above the ceiling");
        // seed 000 case 1 at implant: 6 mg/day hydromorphone, 450 ug/day clonidine, 15 mg/day ropivacaine are doses
        assertBelow("hydromorphone", Quantity.of("6", Unit.MG_PER_DAY));
        assertBelow("clonidine", Quantity.of("450", Unit.UG_PER_DAY));
        assertBelow("ropivacaine", Quantity.of("15", Unit.MG_PER_DAY));
        assertBelow("morphine", Quantity.of("20", Unit.MG_PER_DAY));
    }

    @Test
    void studiedAdmixturesAreFoundByTheirContentsInAnyOrder() {
        Admixture morphineClonidine =
                library.stabilityOf(List.of("clonidine", "morphine")).orElseThrow();
        assertEquals(Quantity.of("90", Unit.DAY), morphineClonidine.studiedDuration());
        assertEquals(
                Quantity.of("90", Unit.DAY),
                library.stabilityOf(List.of("bupivacaine", "clonidine", "morphine"))
                        .orElseThrow()
                        .studiedDuration());
        // seed 000 case 1's admixture was not studied
        assertTrue(library.stabilityOf(List.of("hydromorphone", "ropivacaine", "clonidine"))
                .isEmpty());
    }

    @Test
    void aFigureWithoutASourceStopsTheLoadNamingTheFile() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("maxConcentration")).putArray("citations"),
                LIBRARY + " $.drugs[0].maxConcentration.citations: must have at least 1 items");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 4).path("refillIntervals").get(0)).remove("citations"),
                LIBRARY + " $.drugs[4].refillIntervals[0]: required property 'citations' not found");
    }

    @Test
    void ziconotidesMaximumIsANamedSitePolicyByJurisdictionTheStricterUsLabelByDefaultBothCited() {
        Limit max = library.find("ziconotide").orElseThrow().maxDailyDose().orElseThrow();
        assertEquals(Quantity.of("19.2", Unit.UG_PER_DAY), max.value());
        assertEquals(Severity.CRITICAL, max.severity());
        Limit.SitePolicy policy = max.sitePolicy().orElseThrow();
        assertEquals("ZICONOTIDE_MAXIMUM_BY_JURISDICTION", policy.name());
        assertEquals("US", policy.applied());
        assertEquals(
                List.of("US", "EU"),
                policy.options().stream().map(Limit.PolicyOption::choice).toList());
        assertEquals(
                Quantity.of("21.6", Unit.UG_PER_DAY), policy.options().get(1).value());
        assertEquals(
                List.of("PRIALT_US_LABEL", "PRIALT_EU_SMPC"),
                policy.options().stream()
                        .map(o -> o.citations().get(0).sourceKey())
                        .toList());
        assertTrue(policy.options().stream().allMatch(o -> o.verification() == Verification.VERIFIED));
        assertTrue(max.citations().stream().anyMatch(c -> c.sourceKey().equals("PRIALT_EU_SMPC")));
    }

    @Test
    void aSitePolicyWhoseAppliedChoiceIsNotTheLimitsValueOrNotAnOptionIsRefused() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 4).path("maxDailyDose").path("sitePolicy")).put("applied", "EU"),
                LIBRARY + " $.drugs[4].maxDailyDose.value: 19.2 ug/d is not the value of the applied site-policy"
                        + " choice EU (21.6 ug/d)");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 4).path("maxDailyDose").path("sitePolicy")).put("applied", "UK"),
                LIBRARY + " $.drugs[4].maxDailyDose.sitePolicy.applied: UK is not one of the options [US, EU]");
    }

    @Test
    void aCitationOfAnUnknownSourceIsRefusedNamingTheFileAndField() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0)
                                .path("maxDailyDose")
                                .path("citations")
                                .get(0))
                        .put("source", "PACC2012"),
                LIBRARY + " $.drugs[0].maxDailyDose.citations[0].source: cites PACC2012, which is not in the evidence"
                        + " catalogue");
    }

    @Test
    void aUnitOfTheWrongDimensionIsRefused() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("maxConcentration")).put("unit", "mg/d"),
                LIBRARY + " $.drugs[0].maxConcentration.unit");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("maxDailyDose")).put("unit", "mg/mL"),
                LIBRARY + " $.drugs[0].maxDailyDose.unit");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("trialBolus").path("high")).put("unit", "mg/d"),
                LIBRARY + " $.drugs[0].trialBolus.high.unit");
        assertProblem(
                root -> ((ObjectNode)
                                drugNode(root, 4).path("refillIntervals").get(0).path("maxInterval"))
                        .put("unit", "wk"),
                LIBRARY + " $.drugs[4].refillIntervals[0].maxInterval.unit");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("maxConcentration")).put("unit", "mcg/mL"),
                LIBRARY + " $.drugs[0].maxConcentration.unit");
    }

    @Test
    void aDrugThatIsNotAnIntrathecalDrugOfTheCatalogueIsRefused() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0)).put("name", "unobtainium"),
                LIBRARY + " $.drugs[0].name: unobtainium is not a generic name in the drug catalogue");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0)).put("name", "oxycodone"),
                LIBRARY + " $.drugs[0].name: oxycodone has no intrathecal route in the drug catalogue");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0)).put("name", "heroin"),
                LIBRARY + " $.drugs[0].name: heroin is not a generic name in the drug catalogue (it is diamorphine)");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 1)).put("name", "morphine"),
                LIBRARY + " $.drugs[1].name: morphine is listed twice");
    }

    @Test
    void aPlausibilityCeilingAtOrBelowAMaximumIsRefused() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("implausibleDailyDose")).put("value", "15"),
                LIBRARY + " $.drugs[0].implausibleDailyDose: 15 mg/d is not above maxDailyDose 15 mg/d");
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0).path("implausibleDailyDose")).put("severity", "WARNING"),
                LIBRARY + " $.drugs[0].implausibleDailyDose.severity");
    }

    @Test
    void aDrugWithBothAMaximumAndNoEstablishedMaximumIsRefused() {
        assertProblem(
                root -> ((ObjectNode) drugNode(root, 0)).put("noEstablishedMaximum", "none"), LIBRARY + " $.drugs[0]");
    }

    @Test
    void anAdmixtureOfADrugOutsideTheLibraryIsRefused() {
        assertProblem(
                root -> ((ArrayNode) root.path("admixtures").get(0).path("components")).add("ketamine"),
                LIBRARY + " $.admixtures[0].components[3]: ketamine is not a drug of the library");
    }

    @Test
    void aSourceCitedOnlyByTheDrugLibraryCountsAsUsedAndTheLibraryIsUnderTheHash() {
        String manifest = bundled.file(RulesetSource.MANIFEST)
                .orElseThrow()
                .replace("  \"drugLibrary\": \"" + LIBRARY + "\",\n", "");
        assertFalse(manifest.contains("drugLibrary"), "the edit must apply");
        assertRejected(
                bundled.with(RulesetSource.MANIFEST, manifest).without(LIBRARY),
                "source MCDOWELL_POPE2016 is cited by no rule, parameter or drug figure, device model, trial"
                        + " protocol or drug library entry");
        assertRejected(bundled.with(RulesetSource.MANIFEST, manifest), LIBRARY + " is not listed in ruleset.json");

        Ruleset after = loader.load(
                edited(root -> ((ObjectNode) drugNode(root, 0).path("maxConcentration")).put("value", "25")));
        assertNotEquals(ruleset.contentHash(), after.contentHash());
        assertEquals(
                new BigDecimal("25"),
                after.content()
                        .drugLibrary()
                        .find("morphine")
                        .orElseThrow()
                        .maxConcentration()
                        .orElseThrow()
                        .value()
                        .value());
    }

    private void assertBelow(String name, Quantity dose) {
        Quantity ceiling = drug(name).implausibleDailyDose().value().to(dose.unit());
        assertTrue(dose.value().compareTo(ceiling.value()) < 0, name + " " + dose.display() + " is a dose in use");
    }

    private IntrathecalDrug drug(String name) {
        return library.find(name).orElseThrow(() -> new AssertionError("no " + name + " in the drug library"));
    }

    private static JsonNode drugNode(JsonNode root, int index) {
        return root.path("drugs").get(index);
    }

    private RulesetSource edited(Consumer<JsonNode> edit) {
        try {
            JsonNode root = JSON.readTree(bundled.file(LIBRARY).orElseThrow());
            edit.accept(root);
            return bundled.with(LIBRARY, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertProblem(Consumer<JsonNode> edit, String expected) {
        assertRejected(edited(edit), expected);
    }

    private void assertRejected(RulesetSource edited, String expected) {
        InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
    }
}
