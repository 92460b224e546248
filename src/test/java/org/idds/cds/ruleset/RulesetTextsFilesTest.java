package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.idds.cds.ruleset.RulesetTexts.Kind;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/** Ruleset text read from the files alone, whatever the manifest format; statements once a ruleset lists them. */
class RulesetTextsFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RulesetLoader loader = Knowledge.loader();

    @Test
    void aStatementsFileTheManifestListsIsServedByKey() throws Exception {
        RulesetSource bundled = loader.bundled();
        String manifest = bundled.file(RulesetSource.MANIFEST)
                .orElseThrow()
                .replace(
                        "\"figures\": \"shared/figures.json\"",
                        "\"figures\": \"shared/figures.json\",\n    \"statements\": \"shared/statements.json\"");
        String statements = "{\"psychosis-rules-out-ziconotide\": {\"text\": \"A history of psychosis rules out"
                + " ziconotide.\", \"citations\": [{\"source\": \"PRIALT_US_LABEL\", \"locator\": \"Boxed warning\","
                + " \"verification\": \"VERIFIED\"}]}}";
        RulesetTexts texts = RulesetTexts.of(
                bundled.with(RulesetSource.MANIFEST, manifest).with("shared/statements.json", statements));
        byte[] entry =
                texts.entry(Kind.STATEMENTS, "psychosis-rules-out-ziconotide").orElseThrow();
        assertEquals(
                JSON.readTree(statements).path("psychosis-rules-out-ziconotide"),
                JSON.readTree(new String(entry, StandardCharsets.UTF_8)));
        assertTrue(RulesetTexts.of(bundled)
                .entry(Kind.STATEMENTS, "psychosis-rules-out-ziconotide")
                .isEmpty());
    }

    @Test
    void aFormat1RulesetsRulesAndSourcesAreReadFromItsOneCatalogue() {
        RulesetTexts texts = RulesetTexts.of(loader.archived("2026.11.0"));
        assertEquals("2026.11.0", texts.version());
        assertTrue(texts.entry(Kind.RULES, "SEL-RP-001").isPresent());
        assertTrue(texts.entry(Kind.SOURCES, "SMITH2002").isPresent());
        assertTrue(texts.entry(Kind.OUTCOMES, "SELECTION").isEmpty());
    }

    @Test
    void theBundledRulesetsTextsCoverEveryRuleAndSourceItLoads() {
        Ruleset ruleset = loader.load(loader.bundled());
        RulesetTexts texts = RulesetTexts.of(loader.bundled());
        assertEquals(ruleset.contentHash(), texts.contentHash());
        assertEquals(
                ruleset.rules().keySet().stream().sorted().toList(),
                texts.keys(Kind.RULES).stream().sorted().toList());
        assertEquals(
                ruleset.sources().keySet().stream().sorted().toList(),
                texts.keys(Kind.SOURCES).stream().sorted().toList());
        assertEquals(
                ruleset.figures().keys().stream().sorted().toList(),
                texts.keys(Kind.FIGURES).stream().sorted().toList());
        assertTrue(texts.entry(Kind.OUTCOMES, "selection").isPresent());
    }

    @Test
    void theDrugSelectionAlgorithmTheRulesetLoadsIsServedByItsIdByteForByte() {
        Ruleset ruleset = loader.load(loader.bundled());
        RulesetTexts texts = RulesetTexts.of(loader.bundled());
        String id = ruleset.content().drugAlgorithm().orElseThrow().id();
        assertEquals(java.util.List.of(id), texts.keys(Kind.ALGORITHMS));
        assertEquals(
                loader.bundled().file("dosing/pacc-2017-algorithm.json").orElseThrow(),
                new String(texts.entry(Kind.ALGORITHMS, id).orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(RulesetTexts.of(loader.archived("2026.11.0"))
                .keys(Kind.ALGORITHMS)
                .isEmpty());
    }
}
