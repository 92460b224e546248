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
            assertTrue(rule.id().matches("(SEL|DOS|SAF|TRI)-[A-Z]{2}-\\d{3}"), rule.id());
            assertTrue(rule.version().matches("\\d+\\.\\d+\\.\\d+"), rule.id());
            // a retired rule keeps its metadata as the record of what it said; it has no DRL rule (DrlGovernance)
            assertTrue(rule.status() == RuleStatus.ACTIVE || rule.status() == RuleStatus.RETIRED, rule.id());
            assertEquals(
                    switch (rule.id().substring(0, 3)) {
                        case "SEL" -> Concern.SELECTION;
                        case "DOS" -> Concern.DOSING;
                        case "TRI" -> Concern.TRIAL;
                        default -> Concern.SAFETY;
                    },
                    rule.concern(),
                    rule.id());
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
        // holds are dated by safety's procedure check (the catalogue no longer carries them)
        var apixaban = ruleset.parameters().stream()
                .filter(p -> p.key().equals("procedure.hold.apixaban.stopBefore"))
                .findFirst()
                .orElseThrow();
        assertEquals(Verification.UNVERIFIED, apixaban.verification());
        // morphine SC: the ANZCA FPM parenteral row was not verified for the SC route (verification.md section 0),
        // the UK SC-specific figure was read; both kept, each with its own mark
        var morphineSc = ruleset.drugs()
                .find("morphine")
                .orElseThrow()
                .route(org.idds.cds.clinical.Route.SUBCUTANEOUS)
                .orElseThrow();
        assertEquals(Verification.UNVERIFIED, morphineSc.ome().orElseThrow().verification());
        assertEquals(
                Verification.VERIFIED, morphineSc.alternativeOme().orElseThrow().verification());
        // fentanyl IV: the UK 150:1 row was read for SC only
        var fentanylIv = ruleset.drugs()
                .find("fentanyl")
                .orElseThrow()
                .route(org.idds.cds.clinical.Route.INTRAVENOUS)
                .orElseThrow();
        assertEquals(
                Verification.UNVERIFIED,
                fentanylIv.alternativeOme().orElseThrow().verification());
        // CDC 2022 is never cited for a parenteral factor (it has none)
        for (var drug : ruleset.drugs().drugs().values()) {
            for (var route : drug.routes()) {
                if (route.route() == org.idds.cds.clinical.Route.SUBCUTANEOUS
                        || route.route() == org.idds.cds.clinical.Route.INTRAVENOUS) {
                    java.util.stream.Stream.concat(route.ome().stream(), route.alternativeOme().stream())
                            .flatMap(o -> o.citations().stream())
                            .forEach(c -> org.junit.jupiter.api.Assertions.assertNotEquals(
                                    "CDC2022_OPIOIDS", c.sourceKey(), drug.name() + " " + route.route()));
                }
            }
        }
    }

    @Test
    void aRuleWithoutCitationsFailsTheBuild() {
        assertProblem(
                "selection/contraindications/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-CI-001")).putArray("relatedArtifact"),
                "relatedArtifact: must have at least 1 items"); // the schema refuses it before the Java checks run
    }

    @Test
    void aCitationThatDoesNotResolveFailsTheBuild() {
        assertProblem(
                "selection/life-expectancy-and-device/rules.json",
                root -> ((ObjectNode)
                                rule(root, "SEL-LE-001").path("relatedArtifact").get(0))
                        .put("source", "NO_SUCH_SOURCE"),
                "cites NO_SUCH_SOURCE, which is not in the evidence catalogue");
    }

    @Test
    void aCatalogueEntryWithNoRuleFailsTheBuild() {
        assertProblem(
                "shared/sources.json",
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
                "selection/contraindications/rules.json",
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
                "selection/contraindications/Contraindications.drl",
                "@ruleId(\"SEL-CI-001\")",
                "@ruleId(\"SEL-CI-098\")",
                "(SEL-CI-098) has no metadata");
    }

    @Test
    void aRuleWithAnUnquotedNameAndNoIdFailsTheBuild() {
        assertDrlProblem(
                "selection/contraindications/Contraindications.drl",
                "\nend\n",
                "\nend\n\nrule Sneaky\nwhen\n    Infection()\nthen\nend\n",
                "rule \"Sneaky\" needs @ruleId");
    }

    @Test
    void aNumberWrittenIntoDrlFailsTheBuild() {
        assertDrlProblem(
                "selection/life-expectancy-and-device/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(longerThan($implantMin))",
                "LifeExpectancy(wholeDays > 3)",
                "contains the literal 3");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in a constraint")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"200B", "2e2", "3L", "0x3", "3.0d", ".5"})
    void everyNumericLiteralSpellingInAConstraintFailsTheBuildNamingTheFile(String literal) {
        assertDrlProblem(
                "selection/life-expectancy-and-device/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(longerThan($implantMin))",
                "LifeExpectancy(wholeDays > " + literal + ")",
                "selection/life-expectancy-and-device/LifeExpectancyAndDevice.drl");
        assertDrlProblem(
                "selection/life-expectancy-and-device/LifeExpectancyAndDevice.drl",
                "LifeExpectancy(longerThan($implantMin))",
                "LifeExpectancy(wholeDays > " + literal + ")",
                "contains the literal " + literal);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} in a consequence")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"200B", "2e2", "3L"})
    void aNumericLiteralInAConsequenceFailsTheBuild(String literal) {
        assertDrlProblem(
                "selection/bleeding-risk/BleedingRisk.drl",
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
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("sumary", "typo"),
                "selection/refractory-pain/rules.json $.rules[");
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("sumary", "typo"),
                "sumary");
    }

    @Test
    void aFigureWrittenAsAFloatOrWithACommaIsRefusedByTheSchema() {
        assertProblem(
                "selection/refractory-pain/parameters.json",
                root -> ((ObjectNode) root.path("parameters").get(0)).put("value", 5.0),
                "selection/refractory-pain/parameters.json $.parameters[0].value");
        assertProblem(
                "shared/drugs.json",
                root -> {
                    for (JsonNode drug : root.path("drugs")) {
                        if (drug.path("name").asText().equals("morphine")) {
                            ((ObjectNode) drug.path("routes")
                                            .get(0)
                                            .path("ceiling")
                                            .path("dailyDose"))
                                    .put("value", "3,5");
                        }
                    }
                },
                ".ceiling.dailyDose.value: does not match the regex pattern");
    }

    @Test
    void anUnknownVerificationStatusIsRefusedByTheSchema() {
        assertProblem(
                "shared/sources.json",
                root -> ((ObjectNode) root.path("sources").get(0)).put("kind", "BLOG"),
                "shared/sources.json $.sources[0].kind");
    }

    @Test
    void aThresholdNamedInDrlButNotInTheCatalogueFailsTheBuild() {
        assertDrlProblem(
                "selection/refractory-pain/RefractoryPain.drl",
                "key == \"refractory.ome.min\"",
                "key == \"refractory.ome.minimum\"",
                "uses parameter refractory.ome.minimum");
    }

    @Test
    void aThresholdWithoutProvenanceFailsTheBuild() {
        assertProblem(
                "selection/refractory-pain/parameters.json",
                root -> ((ObjectNode) root.path("parameters").get(0)).putArray("citations"),
                "selection/refractory-pain/parameters.json $.parameters[0].citations: must have at least 1 items");
    }

    @Test
    void aSummaryOfOneHundredFortyCharactersOrMoreFailsTheBuild() {
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("summary", "x".repeat(140)),
                "summary: must be at most 139 characters");
    }

    @Test
    void aRuleIdWithoutItsTopicsPrefixIsRefusedNamingTheFile() {
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) root).put("idPrefix", "SEL-RX"),
                "selection/refractory-pain/rules.json: rule SEL-RP-001 does not start with the topic's idPrefix SEL-RX");
    }

    @Test
    void ruleMetadataInAnotherTopicsFolderIsRefusedNamingBothFiles() {
        JsonNode bleeding = tree("selection/bleeding-risk/rules.json");
        JsonNode contraindications = tree("selection/contraindications/rules.json");
        JsonNode moved = rule(bleeding, "SEL-BR-019");
        ((ArrayNode) contraindications.path("rules")).add(moved.deepCopy());
        var rules = (ArrayNode) bleeding.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).path("id").asText().equals("SEL-BR-019")) {
                rules.remove(i);
            }
        }
        RulesetSource edited = bundled.with("selection/bleeding-risk/rules.json", text(bleeding))
                .with("selection/contraindications/rules.json", text(contraindications));
        assertRejected(
                edited,
                "selection/contraindications/rules.json: rule SEL-BR-019 does not start with the topic's idPrefix SEL-CI");
        assertRejected(
                edited,
                "selection/bleeding-risk/BleedingRisk.drl: rule SEL-BR-019 belongs to topic selection/contraindications");
    }

    @Test
    void aDrlRuleInAnotherTopicsDrlIsRefusedNamingTheFile() {
        String bleeding =
                bundled.file("selection/bleeding-risk/BleedingRisk.drl").orElseThrow();
        String rule = bleeding.substring(bleeding.indexOf("rule \""), bleeding.indexOf("\nend\n") + "\nend\n".length());
        assertTrue(rule.contains("@ruleId(\"SEL-BR-019\")"), rule);
        String contraindications = bundled.file("selection/contraindications/Contraindications.drl")
                .orElseThrow();
        assertRejected(
                bundled.with("selection/bleeding-risk/BleedingRisk.drl", bleeding.replace(rule, ""))
                        .with("selection/contraindications/Contraindications.drl", contraindications + "\n" + rule),
                "selection/contraindications/Contraindications.drl: rule SEL-BR-019 belongs to topic"
                        + " selection/bleeding-risk");
    }

    @Test
    void aTopicWhoseFolderIsNotItsConcernAndTopicIsRefused() {
        assertProblem(
                "selection/bleeding-risk/rules.json",
                root -> ((ObjectNode) root).put("topic", "Bleeding"),
                "selection/bleeding-risk/rules.json: concern SELECTION and topic Bleeding belong in the folder"
                        + " selection/bleeding, not selection/bleeding-risk");
        assertProblem(
                "selection/bleeding-risk/rules.json",
                root -> ((ObjectNode) root).put("concern", "SAFETY"),
                "belong in the folder safety/bleeding-risk, not selection/bleeding-risk");
    }

    @Test
    void aTopicOutsideAKnownConcernFolderIsRefused() {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        bundled.files()
                .forEach((path, content) ->
                        files.put(path.replace("selection/spinal-imaging/", "imaging/spinal-imaging/"), content));
        files.put(
                RulesetSource.MANIFEST,
                bundled.file(RulesetSource.MANIFEST)
                        .orElseThrow()
                        .replace("\"selection/spinal-imaging\"", "\"imaging/spinal-imaging\""));
        assertRejected(
                new RulesetSource(files), "imaging/spinal-imaging/rules.json: imaging is not a known concern folder");
    }

    @Test
    void aParameterUsedByOneTopicBelongsInThatTopicAndOneUsedBySeveralInTheSharedFile() {
        JsonNode life = tree("selection/life-expectancy-and-device/parameters.json");
        JsonNode moved = life.path("parameters").get(1);
        assertEquals("lifeExpectancy.percutaneous.max", moved.path("key").asText());
        JsonNode shared = tree("shared/parameters.json");
        ((ArrayNode) shared.path("parameters")).add(moved.deepCopy());
        ((ArrayNode) life.path("parameters")).remove(1);
        assertRejected(
                bundled.with("selection/life-expectancy-and-device/parameters.json", text(life))
                        .with("shared/parameters.json", text(shared)),
                "shared/parameters.json: parameter lifeExpectancy.percutaneous.max is used only by topic"
                        + " selection/life-expectancy-and-device");
        assertProblem(
                "selection/refractory-pain/parameters.json",
                root -> ((ArrayNode) root.path("parameters").get(0).path("usedBy")).add("SEL-LE-001"),
                "selection/refractory-pain/parameters.json: parameter refractory.painScore.min is used by rules of"
                        + " [selection/life-expectancy-and-device, selection/refractory-pain]; a parameter used by"
                        + " several topics belongs in shared/parameters.json");
    }

    @Test
    void aFileTheManifestDoesNotListIsRefused() {
        assertRejected(
                bundled.with("selection/spinal-imaging/Extra.drl", "package rules.selection;\n"),
                "selection/spinal-imaging/Extra.drl is not listed in ruleset.json");
    }

    @Test
    void movingAFileChangesTheContentHash() {
        String from = "selection/spinal-imaging/SpinalImaging.drl";
        String to = "selection/spinal-imaging/Imaging.drl";
        java.util.Map<String, String> files = new java.util.TreeMap<>(bundled.files());
        files.put(to, files.remove(from));
        // the same bytes under another path hash differently, even before the manifest is changed to match
        assertNotEquals(bundled.contentHash(), new RulesetSource(files).contentHash());
        files.put(
                RulesetSource.MANIFEST,
                bundled.file(RulesetSource.MANIFEST).orElseThrow().replace("\"SpinalImaging.drl\"", "\"Imaging.drl\""));
        Ruleset moved = loader.load(new RulesetSource(files));
        assertNotEquals(loader.load(bundled).contentHash(), moved.contentHash());
        assertEquals(loader.load(bundled).rules(), moved.rules(), "only the path changed");
    }

    @Test
    void ruleMetadataUsesFhirStatusAndRelatedArtifactAndRefusesTheOldNames() {
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("status", "ACTIVE"),
                "selection/refractory-pain/rules.json $.rules[0].status");
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001"))
                        .set("citations", rule(root, "SEL-RP-001").path("relatedArtifact")),
                "citations");
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001")).put("approvalDate", "2026-02-30"),
                "selection/refractory-pain/rules.json rule SEL-RP-001 approvalDate 2026-02-30 is not an ISO date");
        assertProblem(
                "selection/refractory-pain/rules.json",
                root -> ((ObjectNode) rule(root, "SEL-RP-001"))
                        .putObject("effectivePeriod")
                        .put("start", "2026-12-01")
                        .put("end", "2026-11-01"),
                "selection/refractory-pain/rules.json rule SEL-RP-001 effectivePeriod ends before it starts");
    }

    @Test
    void optionalReviewDatesAndEffectivePeriodAreRead() {
        RulesetSource dated = edited("selection/refractory-pain/rules.json", root -> {
            ObjectNode rule = (ObjectNode) rule(root, "SEL-RP-001");
            rule.put("lastReviewDate", "2026-11-23");
            rule.putObject("effectivePeriod").put("start", "2026-12-01");
        });
        RuleMetadata rule = loader.load(dated).rule("SEL-RP-001").orElseThrow();
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 23)), rule.lastReviewDate());
        assertEquals(
                java.util.Optional.of(new RuleMetadata.EffectivePeriod(
                        java.time.LocalDate.of(2026, 12, 1), java.util.Optional.empty())),
                rule.effectivePeriod());
        assertTrue(rule.approvalDate().isEmpty());
        // no approval or review has been recorded for the bundled rules: none is claimed
        loader.load(bundled).rules().values().forEach(r -> {
            assertTrue(r.approvalDate().isEmpty(), r.id());
            assertTrue(r.lastReviewDate().isEmpty(), r.id());
        });
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
        assertRejected(edited(file, edit), expected);
    }

    private RulesetSource edited(String file, Consumer<JsonNode> edit) {
        JsonNode root = tree(file);
        edit.accept(root);
        return bundled.with(file, text(root));
    }

    private JsonNode tree(String file) {
        try {
            return JSON.readTree(bundled.file(file).orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(JsonNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
