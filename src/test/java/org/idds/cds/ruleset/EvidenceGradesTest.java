package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceGrade;
import org.idds.cds.kernel.GradingSystem;
import org.junit.jupiter.api.Test;

/**
 * Grades are structured (issue 7, item 11): each citation's grade names the source's grading system and only the
 * fields that system has; a bad grade is refused naming the file, and archived free-text grades stay readable.
 */
class EvidenceGradesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULES = "selection/pain-type-and-distribution/rules.json";
    private static final String TRIAL = "trial-protocols/single-bolus-morphine-trial.json";

    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void aBundledGradeIsReadFieldByField() {
        Citation pacc2016 = loader.load(bundled)
                .rule("SEL-PT-011")
                .orElseThrow()
                .citations()
                .get(0);
        assertEquals(
                Optional.of(new EvidenceGrade(
                        Optional.of(GradingSystem.PACC2016_USPSTF),
                        Optional.of("II-2"),
                        Optional.of("B"),
                        Optional.empty(),
                        Optional.of("Strong"),
                        Optional.empty())),
                pacc2016.grade());
        assertEquals(
                "level II-2, grade B, Strong consensus (PACC 2016, USPSTF)",
                pacc2016.grade().orElseThrow().summary());
        Citation pacc2024 = loader.load(bundled).rule("SEL-RR-006").orElseThrow().citations().stream()
                .filter(c -> c.sourceKey().equals("PACC2024_CANCER"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "grade B, low certainty (PACC 2024)",
                pacc2024.grade().orElseThrow().summary());
    }

    @Test
    void aGradeWrittenAsTextInAFormatTwoFileIsRefusedNamingTheFile() {
        assertProblem(
                RULES,
                root -> citation(root, "SEL-PT-011").put("grade", "II-2/B, Strong"),
                RULES + " $.rules[4].relatedArtifact[0].grade: string found, object expected");
    }

    @Test
    void aGradeOfAnUnknownSystemIsRefusedNamingTheFile() {
        assertProblem(
                RULES,
                root -> ((ObjectNode) citation(root, "SEL-PT-011").path("grade")).put("system", "GRADE"),
                RULES + " $.rules[4].relatedArtifact[0].grade.system");
    }

    @Test
    void aLevelTheSystemDoesNotHaveIsRefused() {
        assertProblem(
                RULES,
                root -> ((ObjectNode) citation(root, "SEL-PT-011").path("grade")).put("level", "IB"),
                RULES + " $.rules[4].relatedArtifact[0].grade.level");
    }

    @Test
    void aFieldTheSystemDoesNotHaveIsRefused() {
        // PACC 2016 grades carry a consensus strength, not a level of certainty
        assertProblem(
                RULES,
                root -> ((ObjectNode) citation(root, "SEL-PT-011").path("grade")).put("certainty", "low"),
                RULES + " $.rules[4].relatedArtifact[0].grade");
    }

    @Test
    void aGradeStatingNothingButItsSystemIsRefused() {
        assertProblem(
                RULES,
                root -> citation(root, "SEL-PT-011").putObject("grade").put("system", "PACC2024"),
                RULES + " $.rules[4].relatedArtifact[0].grade");
    }

    @Test
    void aBadGradeInATrialProtocolIsRefusedNamingTheFileAndField() {
        assertProblem(
                TRIAL,
                root -> ((ObjectNode) root.path("observation")
                                .path("policies")
                                .get(1)
                                .path("minimumDuration")
                                .path("citations")
                                .get(0)
                                .path("grade"))
                        .put("grade", "E"),
                TRIAL + " $.observation.policies[1].minimumDuration.citations[0].grade.grade");
    }

    @Test
    void theJavaReadingRefusesWhatTheSchemaRefuses() {
        // the schemas refuse these first; the reader never puts a field into a system that does not have it
        List<String> problems = new ArrayList<>();
        ObjectNode grade =
                JSON.createObjectNode().put("system", "PACC2016_USPSTF").put("certainty", "low");
        assertTrue(
                EvidenceGrades.read("some/file.json cites X", grade, problems).isEmpty());
        assertEquals(
                List.of(
                        "some/file.json cites X: grade field certainty is not part of PACC2016_USPSTF",
                        "some/file.json cites X: grade states no level, grade, certainty or consensus strength"),
                problems);
        problems.clear();
        EvidenceGrades.read(
                "f", JSON.createObjectNode().put("system", "PACC2016_USPSTF").put("level", "IB"), problems);
        assertEquals("f: grade level IB is not one PACC2016_USPSTF allows [I, II-1, II-2, II-3, III]", problems.get(0));
        problems.clear();
        EvidenceGrades.read("f", JSON.createObjectNode().put("level", "I"), problems);
        assertEquals("f: grade needs a known grading system [PACC2016_USPSTF, PACC2024]", problems.get(0));
    }

    @Test
    void archivedFreeTextGradesAreReadIntoTheFieldsOrKeptAsWritten() {
        assertEquals(
                new EvidenceGrade(
                        Optional.of(GradingSystem.PACC2016_USPSTF),
                        Optional.of("II-2"),
                        Optional.of("B"),
                        Optional.empty(),
                        Optional.of("Strong"),
                        Optional.empty()),
                EvidenceGrades.fromText("II-2/B, Strong"));
        assertEquals(
                new EvidenceGrade(
                        Optional.of(GradingSystem.PACC2024),
                        Optional.of("IB"),
                        Optional.of("B"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                EvidenceGrades.fromText("Grade B, level IB"));
        assertEquals(
                Optional.of("low"),
                EvidenceGrades.fromText("Grade B, low certainty").certainty());
        // anything else is never guessed at: kept as written, its system unknown
        EvidenceGrade other = EvidenceGrades.fromText("Level 2a, recommended");
        assertEquals(EvidenceGrade.asWritten("Level 2a, recommended"), other);
        assertEquals("Level 2a, recommended", other.summary());
        // the archived 2026.11.0 ruleset keeps loading, its grades read into the same fields
        Ruleset archived = loader.load(loader.archived("2026.11.0"));
        assertEquals(
                Optional.of("II-2"),
                archived.rule("SEL-PT-011")
                        .orElseThrow()
                        .citations()
                        .get(0)
                        .grade()
                        .orElseThrow()
                        .level());
        assertEquals(
                Optional.of(GradingSystem.PACC2024),
                archived.rule("SEL-PS-001")
                        .orElseThrow()
                        .citations()
                        .get(0)
                        .grade()
                        .orElseThrow()
                        .system());
    }

    @Test
    void everySchemaDefinesTheGradeAlike() throws IOException {
        JsonNode expected = null;
        for (String schema : List.of("rules", "parameters", "drugs", "sources", "device-model", "trial-protocol")) {
            JsonNode grade = JSON.readTree(
                            Files.readString(Path.of("src/main/resources/rules/schemas/" + schema + ".schema.json")))
                    .path("$defs")
                    .path("grade");
            assertTrue(grade.isObject(), schema);
            if (expected == null) {
                expected = grade;
            }
            assertEquals(expected, grade, schema + " defines the grade otherwise");
        }
    }

    private static ObjectNode citation(JsonNode root, String ruleId) {
        for (JsonNode rule : root.path("rules")) {
            if (rule.path("id").asText().equals(ruleId)) {
                return (ObjectNode) rule.path("relatedArtifact").get(0);
            }
        }
        throw new AssertionError("no rule " + ruleId);
    }

    private void assertProblem(String file, Consumer<JsonNode> edit, String expected) {
        JsonNode root;
        try {
            root = JSON.readTree(bundled.file(file).orElseThrow());
            edit.accept(root);
            RulesetSource edited = bundled.with(file, JSON.writeValueAsString(root));
            InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
            assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
