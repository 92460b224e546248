package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * Every governed figure of the data files resolves by key with its description as ruleset text (issue 15): the
 * wording comes from the figures file, the value, unit, verification and citations from the entry as written.
 */
class FigureCatalogueTest {

    private final RulesetLoader loader = Knowledge.loader();

    /** The last ruleset whose drug catalogue carries the peri-implant holds (issue 17 moved them to safety). */
    private static final String LAST_WITH_HOLDS = "2026.12.4";

    @Test
    void aHoldFigureResolvesByKeyWithItsDescriptionFromTheFiguresFile() {
        // the catalogue's holds are safety's procedure parameters since 2026.12.5: the last catalogue with them
        FigureCatalogue figures = loader.load(loader.archived(LAST_WITH_HOLDS)).figures();
        FigureCatalogue.Figure hold = figures.figure("hold.naproxen.stopBefore").orElseThrow();
        assertTrue(hold.description().startsWith("Stop naproxen before implant (ASRA_PAIN_2018_"), hold.description());
        JsonNode entry = hold.entry();
        assertEquals("hold.naproxen.stopBefore", entry.path("key").asText());
        assertEquals("d", entry.path("unit").asText());
        assertEquals("shared/drugs.json", entry.path("file").asText());
        assertTrue(entry.path("pointer").asText().endsWith("/hold"), entry.toString());
        assertFalse(entry.path("citations").isEmpty());
        assertTrue(entry.path("verification").isTextual());
    }

    @Test
    void everyFamilyOfTheDataFilesHasFiguresInTheBundledRuleset() {
        FigureCatalogue figures = loader.load(loader.bundled()).figures();
        for (String key : List.of(
                "ome-factor.morphine.oral",
                "ome-factor.morphine.subcutaneous.alternative",
                "dose-ceiling.morphine.oral",
                "procedure.hold.row.naproxen.stopBefore",
                "library.morphine.maxConcentration",
                "library.morphine.labelStartingDailyDose.OPIOID_NAIVE",
                "library.ziconotide.titration[0].maxIncrease",
                "library.ziconotide.refillInterval.FIRST_FILL",
                "library.hydromorphone.intrathecalMorphineRatio.high",
                "library.stability.morphine+bupivacaine+clonidine",
                "device.synchromed-ii-20ml.reservoirVolume",
                "device.synchromed-ii-20ml.flowRate.min",
                "device.synchromed-ii-20ml.nonAspirableVolume",
                "device.synchromed-ii-20ml.labelling.morphine.maxConcentration")) {
            assertTrue(figures.figure(key).isPresent(), key);
            assertFalse(figures.description(key).orElseThrow().isBlank(), key);
        }
        String label = figures.description("library.morphine.labelStartingDailyDose.OPIOID_NAIVE")
                .orElseThrow();
        assertTrue(
                label.startsWith(
                        "Label's largest starting daily dose of intrathecal morphine (opioid-naive). Infumorph label,"),
                label);
    }

    @Test
    void theNonAspirableVolumeIsAFigureOnlyWhereTheModelRecordsIt() {
        FigureCatalogue figures = loader.load(loader.bundled()).figures();
        assertTrue(figures.description("device.synchromed-ii-40ml.nonAspirableVolume")
                .orElseThrow()
                .startsWith("Reservoir volume that cannot be aspirated"));
        assertTrue(figures.figure("device.prometra-ii-40ml.nonAspirableVolume").isEmpty());
    }

    @Test
    void aRoutesOwnHoldIsKeyedWithTheRouteSoThatOneKeyIsOneFigure() {
        FigureCatalogue figures = loader.load(loader.archived(LAST_WITH_HOLDS)).figures();
        for (String key :
                List.of("hold.dabigatran.renal.stopBefore", "hold.dabigatran.renal.creatinineClearanceBelow")) {
            assertTrue(figures.figure(key).isPresent(), key);
        }
        JsonNode intravenous = figures.figure("hold.heparin.intravenous.stopBefore")
                .orElseThrow()
                .entry();
        JsonNode subcutaneous = figures.figure("hold.heparin.subcutaneous.stopBefore")
                .orElseThrow()
                .entry();
        assertEquals("6", intravenous.path("value").asText());
        assertEquals("24", subcutaneous.path("value").asText());
        assertTrue(intravenous.path("description").asText().contains("aPTT"), intravenous.toString());
    }

    @Test
    void everyParameterIsAFigureWithItsEntryAsWritten() {
        Ruleset ruleset = loader.load(loader.bundled());
        ruleset.parameters().forEach(p -> {
            FigureCatalogue.Figure f = ruleset.figures().figure(p.key()).orElseThrow(() -> new AssertionError(p.key()));
            assertEquals(p.description(), f.description());
            assertTrue(f.entry().has("usedBy"), p.key());
        });
    }

    @Test
    void archivedRulesetsWithoutAFiguresFileAreDescribedByTheLegacyWording() {
        Ruleset archived = loader.load(loader.archived("2026.12.2"));
        assertEquals(
                "Restart naproxen after implant (ASRA_PAIN_2018_HIGH_RISK)",
                archived.figures().description("hold.naproxen.restartAfter").orElseThrow());
    }

    @Test
    void aFiguresFileWithoutTheDescriptionOfAFamilyIsRefused() {
        RulesetSource bundled = loader.archived(LAST_WITH_HOLDS);
        String figures = bundled.file("shared/figures.json").orElseThrow();
        String without = figures.replaceAll("(?m)^.*\"pattern\": \"hold\\.\\{drug}\\.restartAfter\".*\\R", "");
        InvalidRulesetException refused = assertThrows(
                InvalidRulesetException.class, () -> loader.load(bundled.with("shared/figures.json", without)));
        assertTrue(refused.getMessage().contains("no description for hold.{drug}.restartAfter"), refused.getMessage());
    }

    @Test
    void aTemplateNamingAFieldTheEntryDoesNotHaveIsRefused() {
        RulesetSource bundled = loader.archived(LAST_WITH_HOLDS);
        String figures = bundled.file("shared/figures.json").orElseThrow();
        String broken = figures.replace("Restart {drug} after implant ({policy})", "Restart {drug} ({nosuchfield})");
        List<String> problems = new ArrayList<>();
        FigureCatalogue.of(bundled.with("shared/figures.json", broken), problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("hold.naproxen.restartAfter")), problems.toString());
    }
}
