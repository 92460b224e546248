package org.idds.cds.dosing.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idds.cds.ruleset.FullView;
import org.idds.cds.ruleset.RulesetTexts;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * PACC drug selection through the API: the PACC 2017 lines in order for the patient's population and distribution,
 * ziconotide excluded with a history of psychosis and withheld while it is not known, every line cited and flagged
 * unverified, the edition marked superseded, nothing stored, and bad input refused by field.
 */
@QuarkusTest
class DrugOptionsEndpointTest {

    @Inject
    AuditRows audit;

    private static ValidatableResponse options(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/drug-options")
                .then();
    }

    @Test
    void cancerDiffusePainWithAHistoryOfPsychosisOffersLineOneWithoutZiconotide() {
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": true}
                """)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("ruleset.version", equalTo("2026.12.7"))
                .body("ruleset.contentHash", startsWith("sha256:"))
                .body("algorithm.id", equalTo("pacc-2017-algorithm"))
                .body("algorithm.edition", nullValue())
                .body("position.axis", contains("population", "distribution"))
                .body("position.value", contains("CANCER", "DIFFUSE"))
                .body("conditions[0].condition", equalTo("PSYCHOSIS_HISTORY"))
                .body("conditions[0].answer", equalTo("YES"))
                .body("lines.line", contains(1))
                .body(
                        "lines[0].options.drugs",
                        contains(List.of("morphine"), List.of("ziconotide"), List.of("morphine", "bupivacaine")))
                .body("lines[0].options.status", contains("OFFERED", "EXCLUDED", "OFFERED"))
                .body("lines[0].options[0].reasons", empty())
                .body("lines[0].options[1].reasons[0].drug", equalTo("ziconotide"))
                .body("lines[0].options[1].reasons[0].condition", equalTo("PSYCHOSIS_HISTORY"))
                .body("lines[0].options[1].reasons[0].reason", nullValue())
                .body(
                        "lines[0].options[1].reasons[0].statement",
                        equalTo("ziconotide.contraindicatedWithPsychosisHistory"))
                .body("lines[0].options[1].reasons[0].citations[0].source", equalTo("PRIALT_US_LABEL"))
                .body("lines[0].options[1].reasons[0].citations[0].verified", equalTo(true))
                .body("lines[0].options[2].drugs", contains("morphine", "bupivacaine"));
    }

    @Test
    void everyLineIsCitedUnverifiedAndTheEditionIsMarkedSupersededByPacc2024() {
        options("""
                {"population": "NON_CANCER", "distribution": "DIFFUSE", "psychosisHistory": false}
                """)
                .statusCode(200)
                .body("algorithm.source", equalTo("PACC2017_ALGORITHMS"))
                .body("algorithm.superseded", equalTo(true))
                .body("format", equalTo("idds-answer/2"))
                .body("algorithm.supersededBy", contains("PACC2024_CANCER", "PACC2024_NONCANCER"))
                .body("reliesOnUnverifiedKnowledge", equalTo(true))
                .body("lines[0].verified", equalTo(false))
                .body("lines[0].note", nullValue())
                .body("lines[0].citations", hasSize(1))
                .body("lines[0].citations[0].source", equalTo("PACC2017_ALGORITHMS"))
                .body("lines[0].citations[0].verified", equalTo(false))
                .body("lines[0].options.drugs", contains(List.of("morphine"), List.of("ziconotide")))
                .body("lines[0].options.status", contains("OFFERED", "OFFERED"))
                .body("position[0].citations[0].verified", equalTo(false))
                .body("notEncoded", equalTo(true))
                .body("disclaimer", nullValue());
    }

    @Test
    void withThePsychiatricHistoryNotKnownZiconotideIsNotOfferedUntilItIs() {
        options("""
                {"population": "CANCER", "distribution": "LOCALIZED"}
                """)
                .statusCode(200)
                .body("conditions[0].answer", equalTo("NOT_KNOWN"))
                .body(
                        "lines[0].options.drugs",
                        contains(
                                List.of("ziconotide"),
                                List.of("morphine"),
                                List.of("fentanyl"),
                                List.of("morphine", "bupivacaine"),
                                List.of("fentanyl", "bupivacaine")))
                .body(
                        "lines[0].options.status",
                        contains("NOT_OFFERED_UNTIL_KNOWN", "OFFERED", "OFFERED", "OFFERED", "OFFERED"))
                .body("lines[0].options[0].reasons[0].condition", equalTo("PSYCHOSIS_HISTORY"));
    }

    @Test
    void theAnswerIsAReadOfGovernedKnowledgeAndIsNotStored() {
        long before = audit.count();
        options("""
                {"population": "NON_CANCER", "distribution": "LOCALIZED", "psychosisHistory": true}
                """).statusCode(200).body("lines[0].options.status", contains("EXCLUDED", "OFFERED", "OFFERED"));
        assertEquals(before, audit.count());
    }

    @Test
    void aValueTheAlgorithmDoesNotDeclareAndAMissingAxisAreRefusedByField() {
        long before = audit.count();
        options("""
                {"population": "cancer", "psychosisHistory": true}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:idds-cds:problem:invalid-request"))
                .body("errors.field", contains("population", "distribution"))
                .body("errors[0].message", containsString("'cancer' is not a value of the PACC 2017 axis population"))
                .body("errors[0].message", containsString("use one of CANCER, NON_CANCER"))
                .body("errors[1].message", containsString("use one of LOCALIZED, DIFFUSE"));
        options("""
                {"population": "CANCER", "distribution": "SEGMENTAL"}
                """).statusCode(400).body("errors.field", contains("distribution"));
        assertEquals(before, audit.count());
    }

    @Test
    void anAxisOfAnotherEditionAndAWronglyTypedHistoryAreRefused() {
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "mechanism": "NEUROPATHIC"}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("mechanism"))
                .body("errors[0].message", containsString("is not a field of this request"));
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": "yes"}
                """).statusCode(400).body("errors.field", contains("psychosisHistory"));
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": null, "x": 1}
                """).statusCode(400).body("errors.field", contains("x"));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ALGORITHM_FILE = "src/main/resources/rules/dosing/pacc-2017-algorithm.json";

    @Test
    void theCompactAnswerCarriesKeysAndComputedValuesButNoAlgorithmText() throws Exception {
        for (String body : bodies()) {
            JsonNode answer =
                    JSON.readTree(options(body).statusCode(200).extract().asString());
            List<String> texts = new ArrayList<>();
            textFields(answer, "", texts);
            assertEquals(List.of(), texts, body);
            assertTrue(answer.path("notEncoded").isBoolean(), body);
        }
    }

    /**
     * The full view of a drug-options answer gives back the texts the answer carried before they became ruleset text,
     * exactly: the algorithm file's edition, the line's note, each option's label (its drugs joined by " + "), each
     * reason's wording (whenPresent with the condition, whileUnknown while it is not known) and the track's missing
     * text; every citation gets its locator at the file's place, and the file is in evidence.algorithms.
     */
    @Test
    void theFullViewGivesBackTheAlgorithmsTextsExactly() throws Exception {
        JsonNode file = JSON.readTree(Files.readString(Path.of(ALGORITHM_FILE)));
        RulesetTexts texts = RulesetTexts.of(Knowledge.loader().bundled());
        for (String body : bodies()) {
            JsonNode compact =
                    JSON.readTree(options(body).statusCode(200).extract().asString());
            JsonNode full = FullView.of(compact, texts);
            JsonNode request = JSON.readTree(body);
            JsonNode track = null;
            for (JsonNode t : file.path("tracks")) {
                if (t.path("position").path("population").equals(request.path("population"))
                        && t.path("position").path("distribution").equals(request.path("distribution"))) {
                    track = t;
                }
            }
            JsonNode contraindication = file.path("contraindications").get(0);
            assertEquals("PACC 2017", full.path("algorithm").path("edition").asText(), body);
            assertEquals(track.path("missing"), full.path("notEncoded"), body);
            JsonNode line = full.path("lines").get(0);
            JsonNode fileLine = track.path("lines").get(0);
            assertEquals(fileLine.path("note"), line.path("note"), body);
            assertEquals(
                    fileLine.path("citations").get(0).path("locator"),
                    line.path("citations").get(0).path("locator"),
                    body);
            for (int i = 0; i < line.path("options").size(); i++) {
                JsonNode option = line.path("options").get(i);
                List<String> drugs = new ArrayList<>();
                fileLine.path("options").get(i).path("drugs").forEach(d -> drugs.add(d.asText()));
                assertEquals(String.join(" + ", drugs), option.path("label").asText(), body);
                for (JsonNode reason : option.path("reasons")) {
                    String expected = request.path("psychosisHistory").asBoolean(false)
                            ? contraindication.path("whenPresent").asText()
                            : contraindication.path("whileUnknown").asText();
                    assertEquals(expected, reason.path("reason").asText(), body);
                    assertTrue(reason.path("citations").get(0).path("locator").isTextual(), body);
                }
            }
            assertEquals(file, full.path("evidence").path("algorithms").path("pacc-2017-algorithm"), body);
            boolean anyReason = line.path("options").findValues("reason").size() > 0;
            assertEquals(
                    anyReason,
                    full.path("evidence").path("statements").has("ziconotide.contraindicatedWithPsychosisHistory"),
                    body);
        }
    }

    @Test
    void theAlgorithmTheAnswerNamesIsServedByteForByteUnderItsRulesetHash() throws Exception {
        JsonNode answer =
                JSON.readTree(options(bodies().get(0)).statusCode(200).extract().asString());
        String served = Api.request()
                .get(
                        "/api/v1/rulesets/{hash}/algorithms/{id}",
                        answer.path("ruleset").path("contentHash").asText(),
                        answer.path("algorithm").path("id").asText())
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, max-age=31536000, immutable")
                .extract()
                .asString();
        assertEquals(Files.readString(Path.of(ALGORITHM_FILE)), served);
    }

    /** Every track, with a history of psychosis, without, and not known. */
    private static List<String> bodies() {
        List<String> bodies = new ArrayList<>();
        for (String population : List.of("CANCER", "NON_CANCER")) {
            for (String distribution : List.of("LOCALIZED", "DIFFUSE")) {
                for (String history : List.of(", \"psychosisHistory\": true", ", \"psychosisHistory\": false", "")) {
                    bodies.add("{\"population\": \"" + population + "\", \"distribution\": \"" + distribution + "\""
                            + history + "}");
                }
            }
        }
        return bodies;
    }

    /** Every text field an answer carries other than keys and enum values: there should be none. */
    private static void textFields(JsonNode node, String at, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (List.of("label", "note", "reason", "edition", "description", "locator")
                        .contains(e.getKey())) {
                    into.add(at + "." + e.getKey());
                }
                textFields(e.getValue(), at + "." + e.getKey(), into);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textFields(node.get(i), at + "[" + i + "]", into);
            }
        } else if (node.isTextual() && node.asText().contains(" ")) {
            into.add(at + ": " + node.asText());
        }
    }
}
