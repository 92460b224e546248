package org.idds.cds.trial.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The trial-evaluation endpoint beyond its cases: an evaluation is stored as a TRIAL_EVALUATION, replays through the
 * one replay endpoint, and reads back in full with the status text and next step of the trial outcomes file; bad
 * input is a problem+json naming each bad field (an unknown protocol or drug, a route the protocol does not use, a
 * method that contradicts the protocol, neither protocol nor method), and nothing is evaluated.
 */
@QuarkusTest
class TrialEvaluationTest {

    private static final String SEED2 = Fixtures.text("trial/evaluation/cases/seed000-case2-morphine-bolus-with-94"
            + "-percent-relief-without-a-site-threshold-local-policy-decides/request.json");

    private static ValidatableResponse evaluate(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trial-evaluations")
                .then();
    }

    @Test
    void anEvaluationIsStoredReplaysAndReadsInFull() {
        String id = evaluate(SEED2)
                .statusCode(200)
                .body("kind", equalTo("TRIAL_EVALUATION"))
                .body("status", equalTo("LOCAL_POLICY_DECIDES"))
                .body("relief.percent", equalTo(94))
                .body("citedFigures.use", hasItems("TRIAL_SUCCESS_CRITERION", "RANDOMISED_TRIAL_OUTCOME_MEASURE"))
                .body("$", not(org.hamcrest.Matchers.hasKey("statusSummary")))
                .body("$", not(org.hamcrest.Matchers.hasKey("handOver")))
                .extract()
                .path("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body("replayed.outcome", equalTo("LOCAL_POLICY_DECIDES"));
        Api.request()
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .body("statusSummary", startsWith("No site success threshold is set"))
                .body("nextStep", containsString("local policy"))
                .body("disclaimer", startsWith("Decision support for the MDT"));
    }

    @Test
    void badInputNamesEachFieldAndEvaluatesNothing() {
        evaluate("""
                        {"drugs": [{"drug": "morphine", "dose": {"value": -1, "unit": "mg"}, "route": "SPINAL"}],
                         "baselinePain": 11, "painScores": [{"afterDoseHours": 4, "score": 12}],
                         "referralReason": "PAIN", "opioidStatus": "NAIVE",
                         "adverseEffects": [{"effect": "nausea", "severity": "BAD"}]}
                        """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "drugs[0].dose.value",
                                "drugs[0].route",
                                "baselinePain",
                                "painScores[0].score",
                                "referralReason",
                                "opioidStatus",
                                "adverseEffects[0].severity"))
                .body(not(containsString("Exception")));
        evaluate(SEED2.replace("single-bolus-morphine-trial", "no-such-trial"))
                .statusCode(400)
                .body("errors.field", hasItems("protocol"));
        evaluate(SEED2.replace("\"protocol\": \"single-bolus-morphine-trial\",", ""))
                .statusCode(400)
                .body("errors.field", hasItems("method"));
        evaluate(SEED2.replace("INTRATHECAL", "EPIDURAL"))
                .statusCode(400)
                .body("errors.field", hasItems("drugs[0].route"));
        evaluate(SEED2.replace("\"drug\": \"morphine\"", "\"drug\": \"unobtainium\""))
                .statusCode(400)
                .body("errors.field", hasItems("drugs[0].drug"));
        evaluate(SEED2.replace("\"protocol\"", "\"method\": \"CONTINUOUS_INFUSION\", \"protocol\""))
                .statusCode(400)
                .body("errors.field", hasItems("method"));
    }
}
