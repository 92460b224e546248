package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.idds.cds.kernel.EvidenceSource;
import org.junit.jupiter.api.Test;

/**
 * Superseded guidelines are marked as such (issue 7, item 11): a source names the newer editions that replace it, the
 * names resolve, and the rules left citing only superseded sources are listed for governance.
 */
class SupersededSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCES = "shared/sources.json";
    private static final List<String> PACC_2024 = List.of("PACC2024_CANCER", "PACC2024_NONCANCER");

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void thePacc2016And2017EditionsAreSupersededByPacc2024() {
        Ruleset ruleset = loader.load(bundled);
        Map<String, List<String>> superseded = new TreeMap<>();
        ruleset.sources().values().stream()
                .filter(EvidenceSource::superseded)
                .forEach(s -> superseded.put(
                        s.key(),
                        s.supersededBy().orElseThrow().sources().stream()
                                .sorted()
                                .toList()));
        assertEquals(
                Map.of(
                        "PACC2016_REVIEW", PACC_2024,
                        "PACC2017_ALGORITHMS", PACC_2024,
                        "PACC2017_TRIALING", PACC_2024),
                superseded);
        // the newer editions are current themselves
        PACC_2024.forEach(key ->
                assertTrue(ruleset.source(key).orElseThrow().supersededBy().isEmpty(), key));
    }

    @Test
    void theRulesCitingOnlySupersededSourcesAreListed() {
        // each of these rules rests on PACC 2016/2017 alone: governance re-checks it against PACC 2024 (the dosing
        // limits, stability and titration rules cite the PACC 2017 tables, recalled, until PACC 2024 is read for them;
        // the trial evaluation's adverse-effect, function and inconclusive rules cite PACC 2017's trialing points)
        List<RuleOnSupersededEvidence> rules = loader.load(bundled).rulesCitingOnlySupersededSources();
        assertEquals(
                List.of(
                        "DOS-LM-003",
                        "DOS-LM-005",
                        "DOS-LM-006",
                        "DOS-RF-001",
                        "DOS-RF-002",
                        "DOS-TI-003",
                        "SEL-PS-010",
                        "SEL-PT-011",
                        "SEL-SC-002",
                        "SEL-SC-003",
                        "SEL-SC-010",
                        "TRI-EV-004",
                        "TRI-EV-005",
                        "TRI-EV-006",
                        "TRI-EV-007"),
                rules.stream().map(RuleOnSupersededEvidence::ruleId).sorted().toList());
        RuleOnSupersededEvidence remission = rules.stream()
                .filter(r -> r.ruleId().equals("SEL-SC-002"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("PACC2016_REVIEW", "PACC2017_ALGORITHMS"), remission.supersededSources());
        assertEquals(PACC_2024, remission.newerSources().stream().sorted().toList());
    }

    @Test
    void aNewerEditionThatIsNotCataloguedIsRefusedNamingTheFile() {
        assertProblem(
                root -> supersededBy(root, "PACC2016_REVIEW")
                        .putArray("sources")
                        .add("PACC2030"),
                SOURCES
                        + " source PACC2016_REVIEW supersededBy names PACC2030, which is not in the evidence catalogue");
    }

    @Test
    void aSourceCannotSupersedeItself() {
        assertProblem(
                root -> supersededBy(root, "PACC2016_REVIEW")
                        .putArray("sources")
                        .add("PACC2016_REVIEW"),
                SOURCES + " source PACC2016_REVIEW supersededBy names the source itself");
    }

    @Test
    void aChainOfNewerEditionsMayNotLeadBack() {
        assertProblem(
                root -> source(root, "PACC2024_CANCER")
                        .putObject("supersededBy")
                        .put("note", "a loop")
                        .putArray("sources")
                        .add("PACC2017_ALGORITHMS"),
                SOURCES + " source PACC2024_CANCER supersededBy: the chain of newer editions leads back to "
                        + "PACC2024_CANCER");
    }

    @Test
    void aSupersessionWithoutANoteIsRefusedByTheSchemaNamingTheFile() {
        assertProblem(root -> supersededBy(root, "PACC2016_REVIEW").remove("note"), SOURCES + " $.sources[4]");
    }

    private static ObjectNode source(JsonNode root, String key) {
        for (JsonNode source : root.path("sources")) {
            if (source.path("key").asText().equals(key)) {
                return (ObjectNode) source;
            }
        }
        throw new AssertionError("no source " + key);
    }

    private static ObjectNode supersededBy(JsonNode root, String key) {
        return (ObjectNode) source(root, key).path("supersededBy");
    }

    private void assertProblem(Consumer<JsonNode> edit, String expected) {
        try {
            JsonNode root = JSON.readTree(bundled.file(SOURCES).orElseThrow());
            edit.accept(root);
            RulesetSource edited = bundled.with(SOURCES, JSON.writeValueAsString(root));
            InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
            assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
