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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.clinical.DrugAlgorithm.Axis;
import org.idds.cds.clinical.DrugAlgorithm.AxisValue;
import org.idds.cds.clinical.DrugAlgorithm.Condition;
import org.idds.cds.clinical.DrugAlgorithm.Contraindication;
import org.idds.cds.clinical.DrugAlgorithm.Line;
import org.idds.cds.clinical.DrugAlgorithm.Option;
import org.idds.cds.clinical.DrugAlgorithm.Track;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/**
 * The PACC drug-selection algorithm (issue 8, item 5) is ruleset content: listed in the manifest under
 * {@code drugAlgorithm}, covered by the content hash, checked at load (schema, sources, the edition's own axes, lines
 * in order, drugs of the intrathecal drug library) and read into {@link DrugAlgorithm}.
 */
class DrugAlgorithmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALGORITHM = "dosing/pacc-2017-algorithm.json";

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();
    private final Ruleset ruleset = loader.load(bundled);
    private final DrugAlgorithm algorithm = ruleset.content().drugAlgorithm().orElseThrow();

    @Test
    void theAlgorithmIsPacc2017WithItsOwnAxesOnlyAndItsSourceIsSupersededByPacc2024() {
        assertTrue(bundled.file(ALGORITHM).isPresent(), "the bundled source (hence the hash) holds " + ALGORITHM);
        assertEquals("pacc-2017-algorithm", algorithm.id());
        assertEquals("PACC 2017", algorithm.edition());
        assertEquals("PACC2017_ALGORITHMS", algorithm.source());
        assertEquals(
                List.of("PACC2024_CANCER", "PACC2024_NONCANCER"),
                ruleset.source(algorithm.source())
                        .orElseThrow()
                        .supersededBy()
                        .orElseThrow()
                        .sources());
        assertEquals(
                List.of("population", "distribution"),
                algorithm.axes().stream().map(Axis::name).toList());
        assertEquals(List.of("CANCER", "NON_CANCER"), values("population"));
        assertEquals(List.of("LOCALIZED", "DIFFUSE"), values("distribution"), "no nociceptive / neuropathic axis");
        for (Axis axis : algorithm.axes()) {
            assertEquals(Verification.UNVERIFIED, axis.citations().get(0).verification(), axis.name());
        }
    }

    @Test
    void lineOneOfEachTrackIsTheRecalledListUnverifiedAndCitedAndTheMissingLinesAreSaid() {
        assertEquals(
                List.of("ziconotide", "morphine", "fentanyl", "morphine + bupivacaine", "fentanyl + bupivacaine"),
                lineOne("CANCER", "LOCALIZED"));
        assertEquals(List.of("morphine", "ziconotide", "morphine + bupivacaine"), lineOne("CANCER", "DIFFUSE"));
        assertEquals(List.of("ziconotide", "fentanyl", "fentanyl + bupivacaine"), lineOne("NON_CANCER", "LOCALIZED"));
        assertEquals(List.of("morphine", "ziconotide"), lineOne("NON_CANCER", "DIFFUSE"));
        assertEquals(4, algorithm.tracks().size());
        for (Track track : algorithm.tracks()) {
            assertEquals(
                    List.of(1),
                    track.lines().stream().map(Line::number).toList(),
                    track.position().toString());
            Line line = track.lines().get(0);
            assertEquals(Verification.UNVERIFIED, line.verification());
            assertTrue(line.note().contains("not read"), line.note());
            Citation citation = line.citations().get(0);
            assertEquals("PACC2017_ALGORITHMS", citation.sourceKey());
            assertEquals(Verification.UNVERIFIED, citation.verification());
            assertTrue(citation.locator().contains("line 1"), citation.locator());
            assertTrue(track.missing().orElseThrow().startsWith("Lines 2 to 5 are not encoded"));
        }
    }

    @Test
    void aHistoryOfPsychosisRulesOutZiconotideAsTheLabelSays() {
        Contraindication c = algorithm.contraindications().get(0);
        assertEquals("ziconotide", c.drug());
        assertEquals(Condition.PSYCHOSIS_HISTORY, c.condition());
        assertTrue(c.whileUnknown().startsWith("Not offered until the psychiatric history is known"));
        assertEquals(
                List.of("PRIALT_US_LABEL", "PRIALT_HCP"),
                c.citations().stream().map(Citation::sourceKey).toList());
        assertTrue(c.citations().get(0).locator().startsWith("Boxed warning"));
        assertEquals(Verification.VERIFIED, c.citations().get(0).verification());
    }

    @Test
    void aDrugNotInTheDrugLibraryIsRefusedNamingTheFile() {
        assertProblem(
                root -> ((ArrayNode) option(root, 0, 1).path("drugs")).set(0, "oxycodone"),
                ALGORITHM + " $.tracks[0].lines[0].options[1].drugs[0]: oxycodone is not a drug of the intrathecal"
                        + " drug library");
        assertProblem(
                root -> ((ObjectNode) root.path("contraindications").get(0)).put("drug", "ketamine"),
                ALGORITHM + " $.contraindications[0].drug: ketamine is not a drug of the intrathecal drug library");
    }

    @Test
    void aDrugAndConditionAreNamedOnceAmongTheContraindicationsAsAnAnswerNamesAReasonByThem() {
        assertProblem(
                root -> ((ArrayNode) root.path("contraindications"))
                        .add(root.path("contraindications").get(0).deepCopy()),
                ALGORITHM + " $.contraindications[1]: ziconotide with PSYCHOSIS_HISTORY is named twice");
    }

    @Test
    void anAxisValueNotDeclaredIsRefused() {
        assertProblem(
                root -> position(root, 0).put("distribution", "SEGMENTAL"),
                ALGORITHM + " $.tracks[0].position.distribution: SEGMENTAL is not a declared value of the axis"
                        + " distribution [LOCALIZED, DIFFUSE]");
    }

    @Test
    void anAxisOfAnotherEditionIsRefused() {
        assertProblem(
                root -> position(root, 0).put("mechanism", "NEUROPATHIC"),
                ALGORITHM + " $.tracks[0].position.mechanism: mechanism is not an axis of this edition [population,"
                        + " distribution]");
        // declared as an axis, the 2012 split would need every 2017 track split by it: the tracks do not name it
        Consumer<JsonNode> addMechanism = root -> ((ArrayNode) root.path("axes"))
                .addObject()
                .put("name", "mechanism")
                .put("label", "Pain mechanism (PACC 2012)")
                .<ObjectNode>set(
                        "values",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode()
                                        .put("value", "NOCICEPTIVE")
                                        .put("label", "Nociceptive"))
                                .add(JSON.createObjectNode()
                                        .put("value", "NEUROPATHIC")
                                        .put("label", "Neuropathic")))
                .set("citations", root.path("axes").get(0).path("citations").deepCopy());
        assertProblem(addMechanism, ALGORITHM + " $.tracks[0].position: names no value of the axis mechanism");
        assertProblem(
                addMechanism,
                ALGORITHM + " $.tracks: no track for {population=CANCER, distribution=LOCALIZED,"
                        + " mechanism=NOCICEPTIVE}");
    }

    @Test
    void everyCombinationHasExactlyOneTrack() {
        assertProblem(
                root -> ((ArrayNode) root.path("tracks")).remove(3),
                ALGORITHM + " $.tracks: no track for {population=NON_CANCER, distribution=DIFFUSE}");
        assertProblem(
                root -> position(root, 3).put("distribution", "LOCALIZED"),
                ALGORITHM + " $.tracks: {population=NON_CANCER, distribution=LOCALIZED} has 2 tracks");
    }

    @Test
    void aTrackWithoutLinesMustSayWhatIsMissing() {
        assertProblem(
                root -> {
                    ObjectNode track = (ObjectNode) root.path("tracks").get(2);
                    track.putArray("lines");
                    track.remove("missing");
                },
                ALGORITHM + " $.tracks[2]: required property 'missing' not found");
    }

    @Test
    void aLineWithoutACitationIsRefused() {
        assertProblem(
                root -> line(root, 0, 0).remove("citations"),
                ALGORITHM + " $.tracks[0].lines[0]: required property 'citations' not found");
        assertProblem(
                root -> line(root, 1, 0).putArray("citations"),
                ALGORITHM + " $.tracks[1].lines[0].citations: must have at least 1 items");
        assertProblem(
                root -> ((ObjectNode) line(root, 0, 0).path("citations").get(0)).put("source", "PACC2017"),
                ALGORITHM + " $.tracks[0].lines[0].citations[0].source: cites PACC2017, which is not in the evidence"
                        + " catalogue");
    }

    @Test
    void aLineThatDoesNotCiteTheEditionIsRefusedSoEditionsAreNotMixed() {
        assertProblem(
                root -> ((ObjectNode) line(root, 1, 0).path("citations").get(0)).put("source", "PACC2012_MANAGEMENT"),
                ALGORITHM + " $.tracks[1].lines[0].citations: cites no PACC2017_ALGORITHMS");
    }

    @Test
    void aVerifiedLineNeedsAVerifiedCitation() {
        assertProblem(
                root -> line(root, 0, 0).put("verification", "VERIFIED"),
                ALGORITHM + " $.tracks[0].lines[0].citations");
    }

    @Test
    void linesAreNumberedInOrderAndAnOptionIsListedOnce() {
        assertProblem(
                root -> ((ArrayNode) root.path("tracks").get(0).path("lines"))
                        .add(line(root, 0, 0).deepCopy().put("line", 3)),
                ALGORITHM
                        + " $.tracks[0].lines[1].line: 3 is out of order; lines are numbered 1, 2, 3... (expected 2)");
        assertProblem(
                root -> ((ArrayNode) option(root, 0, 4).path("drugs"))
                        .removeAll()
                        .add("bupivacaine")
                        .add("morphine"),
                ALGORITHM + " $.tracks[0].lines[0].options[4]: bupivacaine + morphine is listed twice");
        assertProblem(
                root -> ((ArrayNode) option(root, 1, 2).path("drugs")).add("morphine"),
                ALGORITHM + " $.tracks[1].lines[0].options[2].drugs: must have only unique items in the array");
    }

    @Test
    void theAlgorithmIsUnderTheHashAndNeedsTheDrugLibrary() {
        String manifest = bundled.file(RulesetSource.MANIFEST).orElseThrow();
        String without = manifest.replace("  \"drugAlgorithm\": \"" + ALGORITHM + "\",\n", "");
        assertFalse(without.contains("drugAlgorithm"), "the edit must apply");
        assertRejected(bundled.with(RulesetSource.MANIFEST, without), ALGORITHM + " is not listed in ruleset.json");
        assertTrue(loader.load(bundled.with(RulesetSource.MANIFEST, without).without(ALGORITHM))
                .content()
                .drugAlgorithm()
                .isEmpty());

        String noLibrary = manifest.replace("  \"drugLibrary\": \"dosing/drug-library.json\",\n", "");
        assertRejected(
                bundled.with(RulesetSource.MANIFEST, noLibrary).without("dosing/drug-library.json"),
                "ruleset.json drugAlgorithm: " + ALGORITHM + " needs a drugLibrary");

        Ruleset after = loader.load(edited(root ->
                ((ArrayNode) root.path("tracks").get(3).path("lines").get(0).path("options")).remove(1)));
        assertNotEquals(ruleset.contentHash(), after.contentHash());
        assertEquals(
                List.of(new Option(List.of("morphine"))),
                after.content()
                        .drugAlgorithm()
                        .orElseThrow()
                        .track(Map.of("population", "NON_CANCER", "distribution", "DIFFUSE"))
                        .orElseThrow()
                        .lines()
                        .get(0)
                        .options());
    }

    private List<String> values(String axis) {
        return algorithm.axis(axis).orElseThrow().values().stream()
                .map(AxisValue::value)
                .toList();
    }

    private List<String> lineOne(String population, String distribution) {
        return algorithm
                .track(Map.of("population", population, "distribution", distribution))
                .orElseThrow()
                .lines()
                .get(0)
                .options()
                .stream()
                .map(Option::label)
                .toList();
    }

    private static ObjectNode position(JsonNode root, int track) {
        return (ObjectNode) root.path("tracks").get(track).path("position");
    }

    private static ObjectNode line(JsonNode root, int track, int line) {
        return (ObjectNode) root.path("tracks").get(track).path("lines").get(line);
    }

    private static ObjectNode option(JsonNode root, int track, int option) {
        return (ObjectNode) line(root, track, 0).path("options").get(option);
    }

    private RulesetSource edited(Consumer<JsonNode> edit) {
        try {
            JsonNode root = JSON.readTree(bundled.file(ALGORITHM).orElseThrow());
            edit.accept(root);
            return bundled.with(ALGORITHM, JSON.writeValueAsString(root));
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
