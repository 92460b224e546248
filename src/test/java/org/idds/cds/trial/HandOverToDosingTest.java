package org.idds.cds.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of a successful trial is a prescription check dosing accepts once the clinician adds the one thing
 * the trial never fills in, the starting daily dose: the suggested request, as the answer gives it, with only
 * {@code basalDose.dailyDose} added, is answered 200 by {@code POST /api/v1/prescription-checks} as a first
 * intrathecal opioid dose (its first-dose observation rule fires).
 */
@QuarkusTest
class HandOverToDosingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "trial/evaluation/cases/"
            + "referred-for-side-effects-with-equal-pain-and-far-fewer-side-effects-counts-as-smith-2002-defines/"
            + "request.json";

    @Test
    void theSuggestedPrescriptionCheckWithTheDailyDoseAddedIsAcceptedByDosing() throws Exception {
        JsonNode answer = JSON.readTree(Api.request()
                .contentType(ContentType.JSON)
                .body(Fixtures.text(CASE))
                .post("/api/v1/trial-evaluations")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals("SUCCESS", answer.path("status").asText());
        JsonNode handOver = answer.path("handOver");
        assertEquals("basalDose.dailyDose", handOver.path("toComplete").path(0).asText());
        ObjectNode request = (ObjectNode) handOver.path("request").deepCopy();
        assertTrue(request.path("basalDose").path("dailyDose").isMissingNode(), "never a daily dose from the trial");
        ((ObjectNode) request.path("basalDose"))
                .putObject("dailyDose")
                .put("value", 0.1)
                .put("unit", "mg/d");
        JsonNode check = JSON.readTree(Api.request()
                .contentType(ContentType.JSON)
                .body(request.toString())
                .post("/api/v1/prescription-checks")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals("PRESCRIPTION_CHECK", check.path("kind").asText());
        // dosing reads it as the first intrathecal opioid dose: the 24-hour observation after a first dose applies
        assertTrue(
                check.path("findings").findValuesAsText("rule").contains("DOS-RM-001"),
                "the first-dose observation (DOS-RM-001) among "
                        + check.path("findings").findValuesAsText("rule"));
    }
}
