package org.idds.cds.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every selection case (src/test/resources/rules/selection/&lt;topic&gt;/cases/ and the seed cases in
 * rules/selection/cases/) end to end: POST the request, check the clinical content the case expects, check that
 * every recommendation is cited and has a basis, and that the stored copy is byte-for-byte what was returned.
 * Failures name the case folder.
 */
@QuarkusTest
class SelectionFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyClinicalFixtureGetsItsExpectedFindings() {
        Set<String> sourceKeys = new HashSet<>(Api.request()
                .get("/api/v1/evidence-sources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("key", String.class));
        return Fixtures.all("selection").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c, sourceKeys)));
    }

    private void check(ClinicalCase c, Set<String> sourceKeys) throws Exception {
        String body = Api.candidacyAnswer(c);
        JsonNode answer = JSON.readTree(body);
        JsonNode then = c.then();
        String context = c.path() + ": " + c.given();

        assertEquals(then.path("verdict").asText(), answer.path("verdict").asText(), context);
        if (then.has("devicePlan")) {
            assertEquals(
                    then.path("devicePlan").asText(), answer.path("devicePlan").asText(), context);
        }
        if (then.has("alternativeOmeMgPerDay")) {
            assertEquals(
                    0,
                    then.path("alternativeOmeMgPerDay")
                            .decimalValue()
                            .compareTo(answer.path("opioidLoad")
                                    .path("alternativeTotalOralMorphineEquivalent")
                                    .path("value")
                                    .decimalValue()),
                    context);
        }
        if (then.path("noDevicePlan").asBoolean()) {
            assertTrue(
                    answer.path("devicePlan").isMissingNode()
                            || answer.path("devicePlan").isNull(),
                    context);
            answer.path("findings")
                    .forEach(r -> assertTrue(
                            r.path("devicePlan").isMissingNode()
                                    || r.path("devicePlan").isNull(),
                            context + " device plan on " + r.path("rule")));
        }
        if (then.has("provisional")) {
            assertEquals(
                    then.path("provisional").asBoolean(),
                    answer.path("provisional").asBoolean(),
                    context);
        }
        if (then.has("confirmBeforeImplant")) {
            Set<String> toConfirm = new HashSet<>();
            answer.path("missingInputs").forEach(m -> {
                if (m.path("role").asText().equals("CONFIRM_BEFORE_IMPLANT")) {
                    toConfirm.add(m.path("input").asText());
                }
            });
            assertEquals(texts(then.path("confirmBeforeImplant")), toConfirm, context);
        }
        if (then.has("omeMgPerDay")) {
            assertEquals(
                    0,
                    then.path("omeMgPerDay")
                            .decimalValue()
                            .compareTo(answer.path("opioidLoad")
                                    .path("totalOralMorphineEquivalent")
                                    .path("value")
                                    .decimalValue()),
                    context);
            assertEquals(
                    "mg/d",
                    answer.path("opioidLoad")
                            .path("totalOralMorphineEquivalent")
                            .path("unit")
                            .asText());
        }
        List<JsonNode> recommendations = list(answer.path("findings"));
        for (JsonNode expected : then.path("findings")) {
            assertTrue(
                    recommendations.stream()
                            .anyMatch(r -> r.path("rule")
                                            .asText()
                                            .equals(expected.path("ruleId").asText())
                                    && r.path("effect")
                                            .asText()
                                            .equals(expected.path("effect").asText())),
                    context + " expected " + expected + " among " + ids(recommendations));
        }
        for (JsonNode absent : then.path("absentRules")) {
            assertTrue(
                    recommendations.stream()
                            .noneMatch(r -> r.path("rule").asText().equals(absent.asText())),
                    context + " did not expect " + absent.asText());
        }
        if (then.has("missingInputs")) {
            assertEquals(texts(then.path("missingInputs")), inputs(answer, false), context);
        }
        if (then.has("requiredMissingInputs")) {
            assertEquals(texts(then.path("requiredMissingInputs")), inputs(answer, true), context);
        }
        Set<String> negatives = new HashSet<>();
        answer.path("pertinentNegatives")
                .forEach(n -> negatives.add(n.path("rule").asText()));
        for (JsonNode negative : then.path("pertinentNegatives")) {
            assertTrue(negatives.contains(negative.asText()), context + " expected pertinent negative " + negative);
        }
        then.path("unverifiedParameters").fields().forEachRemaining(e -> {
            JsonNode rec = recommendations.stream()
                    .filter(r -> r.path("rule").asText().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            Set<String> unverified = new HashSet<>();
            rec.path("figures").forEach(f -> {
                if (!f.path("verified").asBoolean()) {
                    unverified.add(f.path("key").asText());
                }
            });
            assertTrue(unverified.containsAll(texts(e.getValue())), context + " " + rec);
            assertTrue(rec.path("unverified").asBoolean(), context + " " + rec);
            assertTrue(answer.path("reliesOnUnverifiedKnowledge").asBoolean(), context);
        });

        assertFalse(answer.path("ruleset").path("version").asText().isBlank());
        assertTrue(answer.path("ruleset").path("contentHash").asText().startsWith("sha256:"));
        for (JsonNode r : recommendations) {
            assertFalse(r.path("citations").isEmpty(), context + " finding without citation " + r.path("rule"));
            r.path("citations")
                    .forEach(cite -> assertTrue(
                            sourceKeys.contains(cite.path("source").asText()),
                            context + " unresolved citation " + cite));
            assertFalse(r.path("facts").isEmpty(), context + " finding without facts " + r.path("rule"));
            r.path("facts")
                    .forEach(key ->
                            assertTrue(answer.path("facts").has(key.asText()), context + " unresolved fact " + key));
            assertTrue(r.path("summary").asText().length() <= 140);
            assertFalse(r.path("ruleVersion").asText().isBlank());
            assertTrue(Set.of("info", "warning", "critical")
                    .contains(r.path("severity").asText()));
        }

        String stored = Api.request()
                .get("/api/v1/assessments/" + answer.path("assessmentId").asText())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(body, stored, context + ": the stored assessment must be exactly what was returned");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> ids(List<JsonNode> recommendations) {
        return recommendations.stream()
                .map(r -> r.path("rule").asText() + "/" + r.path("effect").asText())
                .toList();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Set<String> inputs(JsonNode answer, boolean requiredOnly) {
        Set<String> inputs = new HashSet<>();
        answer.path("missingInputs").forEach(m -> {
            if (!requiredOnly || m.path("role").asText().equals("REQUIRED")) {
                inputs.add(m.path("input").asText());
            }
        });
        return inputs;
    }
}
