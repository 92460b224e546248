package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Verification;
import org.junit.jupiter.api.Test;

/** The build fails when any rule or threshold lacks governed metadata, or the catalogue has loose ends. */
class RulesetGovernanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void bundledRulesetPassesEveryGovernanceCheck() {
        Ruleset ruleset = loader.load(bundled);
        assertFalse(ruleset.rules().isEmpty());
        for (RuleMetadata rule : ruleset.rules().values()) {
            assertTrue(rule.id().matches("SEL-[A-Z]{2}-\\d{3}"), rule.id());
            assertTrue(rule.version().matches("\\d+\\.\\d+\\.\\d+"), rule.id());
            assertEquals(RuleStatus.ACTIVE, rule.status(), rule.id());
            assertEquals(Concern.SELECTION, rule.concern(), rule.id());
            assertFalse(rule.citations().isEmpty(), rule.id());
            rule.citations()
                    .forEach(c -> assertTrue(ruleset.source(c.sourceKey()).isPresent(), rule.id() + " " + c));
        }
        ruleset.parameters().forEach(p -> {
            assertFalse(p.citations().isEmpty(), p.key());
            assertFalse(p.usedBy().isEmpty(), p.key());
        });
        assertTrue(ruleset.contentHash().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void everyBundledDrlFileIsListedInTheManifest() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/rules"))) {
            files.filter(p -> p.toString().endsWith(".drl")).forEach(p -> {
                String relative = java.nio.file.Path.of("src/main/resources/rules")
                        .relativize(p)
                        .toString();
                assertTrue(bundled.file(relative).isPresent(), relative + " is not listed in ruleset.json");
            });
        }
    }

    @Test
    void unverifiedFiguresStayMarkedUnverified() {
        Ruleset ruleset = loader.load(bundled);
        var apixaban = ruleset.drugs().find("apixaban").orElseThrow().hold().orElseThrow();
        assertEquals(Verification.UNVERIFIED, apixaban.verification());
        var fentanyl = ruleset.drugs()
                .find("fentanyl")
                .orElseThrow()
                .route(org.idds.cds.clinical.Route.TRANSDERMAL)
                .orElseThrow()
                .ome()
                .orElseThrow();
        assertEquals(Verification.UNVERIFIED, fentanyl.verification());
    }

    @Test
    void aRuleWithoutCitationsFailsTheBuild() {
        assertProblem(
                "evidence/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-CI-001")).putArray("citations"),
                "citations: must have at least 1 items"); // the schema refuses it before the Java checks run
    }

    @Test
    void aCitationThatDoesNotResolveFailsTheBuild() {
        assertProblem(
                "evidence/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-LE-001").path("citations").get(0))
                        .put("source", "NO_SUCH_SOURCE"),
                "cites NO_SUCH_SOURCE, which is not in the evidence catalogue");
    }

    @Test
    void aCatalogueEntryWithNoRuleFailsTheBuild() {
        assertProblem(
                "evidence/sources.json",
                root -> ((ArrayNode) root.path("sources"))
                        .addObject()
                        .put("key", "ORPHAN")
                        .put("kind", "STUDY")
                        .put("label", "Orphan")
                        .put("reference", "Nobody cites me"),
                "source ORPHAN is cited by no rule, parameter or drug figure");
    }

    @Test
    void ruleMetadataWithoutADrlRuleFailsTheBuild() {
        assertProblem(
                "evidence/rules.json",
                root -> {
                    ObjectNode copy = rule(root, "SEL-CI-001").deepCopy();
                    copy.put("id", "SEL-CI-099");
                    ((ArrayNode) root.path("rules")).add(copy);
                },
                "rule SEL-CI-099 has metadata but no DRL rule");
    }

    @Test
    void aDrlRuleWithoutMetadataFailsTheBuild() {
        assertDrlProblem(
                "selection/Contraindications.drl",
                "@ruleId(\"SEL-CI-001\")",
                "@ruleId(\"SEL-CI-098\")",
                "(SEL-CI-098) has no metadata");
    }

    @Test
    void aRuleWithAnUnquotedNameAndNoIdFailsTheBuild() {
        assertDrlProblem(
                "selection/Contraindications.drl",
                "\nend\n",
                "\nend\n\nrule Sneaky\nwhen\n    Infection()\nthen\nend\n",
                "rule \"Sneaky\" needs @ruleId");
    }

    @Test
    void aNumberWrittenIntoDrlFailsTheBuild() {
        assertDrlProblem(
                "selection/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(months >= $implantMin.value)",
                "LifeExpectancy(months >= 3)",
                "contains the literal 3");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in a constraint")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"200B", "2e2", "3L", "0x3", "3.0d", ".5"})
    void everyNumericLiteralSpellingInAConstraintFailsTheBuildNamingTheFile(String literal) {
        assertDrlProblem(
                "selection/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(months >= $implantMin.value)",
                "LifeExpectancy(months >= " + literal + ")",
                "selection/LifeExpectancyAndDevice.drl");
        assertDrlProblem(
                "selection/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(months >= $implantMin.value)",
                "LifeExpectancy(months >= " + literal + ")",
                "contains the literal " + literal);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in a consequence")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"200B", "2e2", "3L"})
    void aNumericLiteralInAConsequenceFailsTheBuild(String literal) {
        assertDrlProblem(
                "selection/BleedingRisk.drl",
                "    insert(Finding.of(Effect.PRECAUTION));",
                "    insert(Finding.of(Effect.PRECAUTION)); long n = " + literal + ";",
                "contains the literal " + literal);
    }

    @Test
    void numbersInStringsCommentsAndAnnotationArgumentsAreNotLiterals() {
        var scanner = new org.idds.cds.engine.DrlLexerLiterals();
        assertTrue(scanner.numericLiterals(
                        "rule \"R\" @ruleVersion(\"1.0.0\") @salience(10) when X(name == \"3 mg\") // 5\n"
                                + "then /* 7 */ insert(\"9\"); end")
                .isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of("3L"), scanner.numericLiterals("then insert(new Y(3L)); end"));
    }

    @Test
    void aMisspeltKeyInRuleMetadataIsRefusedByTheSchemaNamingFileAndPath() {
        assertProblem(
                "evidence/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("sumary", "typo"),
                "evidence/rules.json $.rules[");
        assertProblem(
                "evidence/rules.json", root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("sumary", "typo"), "sumary");
    }

    @Test
    void aFigureWrittenAsAFloatOrWithACommaIsRefusedByTheSchema() {
        assertProblem(
                "knowledge/parameters.json",
                root -> ((ObjectNode) root.path("parameters").get(0)).put("value", 5.0),
                "knowledge/parameters.json $.parameters[0].value");
        assertProblem(
                "knowledge/drugs.json",
                root -> {
                    for (JsonNode drug : root.path("drugs")) {
                        if (drug.path("name").asText().equals("apixaban")) {
                            ((ObjectNode) drug.path("hold").path("stopBefore")).put("value", "3,5");
                        }
                    }
                },
                ".hold.stopBefore.value: does not match the regex pattern");
    }

    @Test
    void anUnknownVerificationStatusIsRefusedByTheSchema() {
        assertProblem(
                "evidence/sources.json",
                root -> ((ObjectNode) root.path("sources").get(0)).put("kind", "BLOG"),
                "evidence/sources.json $.sources[0].kind");
    }

    @Test
    void aThresholdNamedInDrlButNotInTheCatalogueFailsTheBuild() {
        assertDrlProblem(
                "selection/RefractoryPain.drl",
                "key == \"refractory.ome.min\"",
                "key == \"refractory.ome.minimum\"",
                "uses parameter refractory.ome.minimum");
    }

    @Test
    void aThresholdWithoutProvenanceFailsTheBuild() {
        assertProblem(
                "knowledge/parameters.json",
                root -> ((ObjectNode) root.path("parameters").get(0)).putArray("citations"),
                "knowledge/parameters.json $.parameters[0].citations: must have at least 1 items");
    }

    @Test
    void aSummaryOfOneHundredFortyCharactersOrMoreFailsTheBuild() {
        assertProblem(
                "evidence/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("summary", "x".repeat(140)),
                "summary: must be at most 139 characters");
    }

    private static JsonNode rule(JsonNode root, String id) {
        for (JsonNode rule : root.path("rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private void assertDrlProblem(String file, String from, String to, String expected) {
        String drl = bundled.file(file).orElseThrow();
        assertTrue(drl.contains(from), "the edit must apply");
        assertRejected(
                bundled.with(
                        file,
                        drl.replaceFirst(
                                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))),
                expected);
    }

    private void assertRejected(RulesetSource edited, String expected) {
        InvalidRulesetException e = assertThrows(InvalidRulesetException.class, () -> loader.load(edited));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)), e.getMessage());
    }

    private void assertProblem(String file, Consumer<JsonNode> edit, String expected) {
        try {
            JsonNode root = JSON.readTree(bundled.file(file).orElseThrow());
            edit.accept(root);
            assertRejected(bundled.with(file, JSON.writeValueAsString(root)), expected);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
