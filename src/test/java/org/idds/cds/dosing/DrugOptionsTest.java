package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Optional;
import java.util.function.Consumer;
import org.idds.cds.clinical.DrugAlgorithm.Condition;
import org.idds.cds.dosing.DrugOptions.InvalidPositionException;
import org.idds.cds.dosing.DrugOptions.NoDrugAlgorithmException;
import org.idds.cds.dosing.DrugOptionsResult.Answer;
import org.idds.cds.dosing.DrugOptionsResult.LineView;
import org.idds.cds.dosing.DrugOptionsResult.OptionStatus;
import org.idds.cds.dosing.DrugOptionsResult.OptionView;
import org.idds.cds.dosing.DrugOptionsResult.Reason;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * PACC drug selection (issue 8, item 5) on the bundled PACC 2017 algorithm: line by line, each option offered,
 * excluded or not offered until a condition is known, every line cited and flagged unverified, the superseded edition
 * named, and what the encoded algorithm does not give said.
 */
class DrugOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALGORITHM = "dosing/pacc-2017-algorithm.json";
    private static final Map<String, String> CANCER_DIFFUSE = Map.of("population", "CANCER", "distribution", "DIFFUSE");
    private static final PatientConditions PSYCHOSIS = new PatientConditions(Optional.of(true));
    private static final PatientConditions NO_PSYCHOSIS = new PatientConditions(Optional.of(false));

    private final RulesetLoader loader = Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();
    private final DrugOptions options = new DrugOptions(loader.load(bundled));

    @Test
    void aHistoryOfPsychosisExcludesZiconotideWithTheLabelsReasonAndTheOtherOptionsRemain() {
        DrugOptionsResult result = options.options(CANCER_DIFFUSE, PSYCHOSIS);
        LineView line = result.lines().get(0);
        assertEquals(1, line.line());
        assertEquals(List.of("morphine", "ziconotide", "morphine + bupivacaine"), labels(line));
        assertEquals(
                List.of(OptionStatus.OFFERED, OptionStatus.EXCLUDED, OptionStatus.OFFERED),
                line.options().stream().map(OptionView::status).toList());
        Reason reason = option(line, "ziconotide").reasons().get(0);
        assertEquals("ziconotide", reason.drug());
        assertEquals(Condition.PSYCHOSIS_HISTORY, reason.condition());
        // its wording is the algorithm file's (whenPresent), by drug and condition; it applies the governed statement
        assertEquals(Optional.of("ziconotide.contraindicatedWithPsychosisHistory"), reason.statement());
        CitationRef label = reason.citations().get(0);
        assertEquals("PRIALT_US_LABEL", label.source());
        assertTrue(label.verified());
        assertTrue(option(line, "morphine").reasons().isEmpty());
        assertEquals(Answer.YES, result.conditions().get(0).answer());
    }

    @Test
    void anUnknownPsychosisHistoryWithholdsZiconotideUntilItIsKnown() {
        DrugOptionsResult result = options.options(
                Map.of("population", "NON_CANCER", "distribution", "LOCALIZED"), PatientConditions.NOT_KNOWN);
        LineView line = result.lines().get(0);
        assertEquals(List.of("ziconotide", "fentanyl", "fentanyl + bupivacaine"), labels(line));
        OptionView ziconotide = option(line, "ziconotide");
        assertEquals(OptionStatus.NOT_OFFERED_UNTIL_KNOWN, ziconotide.status());
        assertEquals(Condition.PSYCHOSIS_HISTORY, ziconotide.reasons().get(0).condition());
        assertEquals(OptionStatus.OFFERED, option(line, "fentanyl").status());
        assertEquals(Answer.NOT_KNOWN, result.conditions().get(0).answer());
    }

    @Test
    void withoutAHistoryOfPsychosisEveryLineOneOptionIsOffered() {
        DrugOptionsResult result =
                options.options(Map.of("population", "CANCER", "distribution", "LOCALIZED"), NO_PSYCHOSIS);
        LineView line = result.lines().get(0);
        assertEquals(
                List.of("ziconotide", "morphine", "fentanyl", "morphine + bupivacaine", "fentanyl + bupivacaine"),
                labels(line));
        assertTrue(line.options().stream().allMatch(o -> o.status() == OptionStatus.OFFERED));
        assertEquals(Answer.NO, result.conditions().get(0).answer());
    }

    @Test
    void everyLineIsCitedAndFlaggedUnverifiedAndTheSupersededEditionIsNamed() {
        DrugOptionsResult result = options.options(CANCER_DIFFUSE, NO_PSYCHOSIS);
        assertEquals("pacc-2017-algorithm", result.algorithm().id());
        assertEquals("PACC2017_ALGORITHMS", result.algorithm().source());
        assertTrue(result.algorithm().superseded());
        // the supersession's summary and note are ruleset text (the sources' catalogue entry): named by key here
        assertEquals(
                List.of("PACC2024_CANCER", "PACC2024_NONCANCER"),
                result.algorithm().supersededBy().orElseThrow());
        assertTrue(result.reliesOnUnverifiedKnowledge());
        LineView line = result.lines().get(0);
        assertEquals(false, line.verified());
        CitationRef citation = line.citations().get(0);
        assertEquals("PACC2017_ALGORITHMS", citation.source());
        assertEquals(false, citation.verified());
        assertEquals(
                List.of("population", "distribution"),
                result.position().stream().map(p -> p.axis()).toList());
        assertEquals("CANCER", result.position().get(0).value());
    }

    @Test
    void whatTheNotesDoNotGiveIsSaidNotInvented() {
        DrugOptionsResult result = options.options(CANCER_DIFFUSE, NO_PSYCHOSIS);
        assertEquals(1, result.lines().size(), "only line 1 is encoded");
        assertTrue(result.notEncoded(), "the track says what it does not encode (its text is the algorithm file's)");

        DrugOptions none = new DrugOptions(loader.load(edited(root -> {
            ObjectNode track = (ObjectNode) root.path("tracks").get(3);
            track.putArray("lines");
            track.put("missing", "The notes give no line for non-cancer diffuse pain.");
        })));
        DrugOptionsResult empty =
                none.options(Map.of("population", "NON_CANCER", "distribution", "DIFFUSE"), NO_PSYCHOSIS);
        assertTrue(empty.lines().isEmpty());
        assertTrue(empty.notEncoded());
    }

    @Test
    void aCombinationHoldingAnExcludedDrugIsExcludedAsAWhole() {
        DrugOptions withCombination = new DrugOptions(loader.load(edited(root -> ((ArrayNode)
                        root.path("tracks").get(1).path("lines").get(0).path("options"))
                .addObject()
                .putArray("drugs")
                .add("ziconotide")
                .add("morphine"))));
        LineView line =
                withCombination.options(CANCER_DIFFUSE, PSYCHOSIS).lines().get(0);
        OptionView combination = option(line, "ziconotide + morphine");
        assertEquals(OptionStatus.EXCLUDED, combination.status());
        assertEquals("ziconotide", combination.reasons().get(0).drug());
        assertEquals(OptionStatus.OFFERED, option(line, "morphine").status());
    }

    @Test
    void anUndeclaredValueAMissingAxisAndAnAxisOfAnotherEditionAreRefusedByField() {
        InvalidPositionException e = assertThrows(
                InvalidPositionException.class,
                () -> options.options(
                        Map.of("population", "cancer", "mechanism", "NEUROPATHIC"), PatientConditions.NOT_KNOWN));
        assertEquals(
                List.of("population", "distribution", "mechanism"),
                e.problems().stream()
                        .map(InvalidPositionException.Problem::field)
                        .toList());
        assertEquals(
                "'cancer' is not a value of the PACC 2017 axis population; use one of CANCER, NON_CANCER",
                e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().startsWith("is required"));
        assertTrue(e.problems().get(2).message().contains("axes of other editions are not mixed in"));
    }

    @Test
    void aRulesetWithoutAnAlgorithmSaysSo() {
        String manifest = bundled.file(RulesetSource.MANIFEST)
                .orElseThrow()
                .replace("  \"drugAlgorithm\": \"" + ALGORITHM + "\",\n", "");
        DrugOptions none = new DrugOptions(
                loader.load(bundled.with(RulesetSource.MANIFEST, manifest).without(ALGORITHM)));
        assertThrows(NoDrugAlgorithmException.class, () -> none.options(CANCER_DIFFUSE, NO_PSYCHOSIS));
    }

    private static List<String> labels(LineView line) {
        return line.options().stream().map(DrugOptionsTest::label).toList();
    }

    private static OptionView option(LineView line, String label) {
        return line.options().stream()
                .filter(o -> label(o).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in line " + line.line()));
    }

    /** The option as a clinician reads it (the full view's label): its drugs joined by " + ". */
    private static String label(OptionView option) {
        return String.join(" + ", option.drugs());
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
}
