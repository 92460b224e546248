package org.idds.cds.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint x every role, plus no token and a role this service does not know. The table below is
 * docs/security.md's table: change both together. A referrer reading an assessment someone else made gets 404 (see
 * {@link ReferrerOwnRowsTest}).
 */
@QuarkusTest
class RoleMatrixTest {

    static final String CASE2 =
            Fixtures.text("selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");
    static final String REFERRAL = """
            {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 8, "intolerableSystemicSideEffects": true},
             "prognosis": {"lifeExpectancy": {"value": 4, "unit": "mo"}}}
            """;

    static final String PRESCRIPTION = """
            {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
             "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
             "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}}}
            """;

    static final String PROCEDURE = """
            {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
             "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}]}
            """;

    static final String TRIAL_EVALUATION = """
            {"protocol": "single-bolus-morphine-trial",
             "drugs": [{"drug": "morphine", "dose": {"value": 0.2, "unit": "mg"}, "route": "INTRATHECAL"}],
             "baselinePain": 8, "painScores": [{"afterDoseHours": 4, "score": 0.5}],
             "referralReason": "UNCONTROLLED_PAIN", "opioidStatus": "OPIOID_TOLERANT"}
            """;

    static final String FOLLOW_UP = """
            {"event": {"kind": "REFILL", "at": "2026-12-14T10:00:00+01:00"},
             "pump": {"deviceId": "synchromed-ii-40ml"}}
            """;

    static final String DRUG_OPTIONS = """
            {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": false}
            """;

    /** The content hash of the bundled (active) ruleset, as answers carry it. */
    static final String ACTIVE_HASH =
            org.idds.cds.support.Knowledge.loader().bundled().contentHash();

    static final String MDT_CASE = Fixtures.text("mdt/cases/seed000-case1-at-implant/request.json");

    /** Callers in column order; {@code null} is no token, {@code "nurse"} a role this service does not know. */
    static final List<String> CALLERS = List.of(
            Roles.REFERRER,
            Roles.MDT_CLINICIAN,
            Roles.GOVERNANCE,
            Roles.CLINICAL_SAFETY_OFFICER,
            Roles.ADMIN,
            "nurse",
            "(no token)");

    record Endpoint(String name, Function<RequestSpecification, Response> call, int... expected) {}

    private static List<Endpoint> endpoints(String mdtAssessmentId, String mdtCaseId) {
        //                                                                           ref  mdt  gov  cso  adm  nurse none
        return List.of(
                new Endpoint(
                        "POST /api/v1/candidacy-assessments",
                        r -> r.contentType(ContentType.JSON).body(CASE2).post("/api/v1/candidacy-assessments"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/prescription-checks",
                        r -> r.contentType(ContentType.JSON).body(PRESCRIPTION).post("/api/v1/prescription-checks"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/procedure-checks",
                        r -> r.contentType(ContentType.JSON).body(PROCEDURE).post("/api/v1/procedure-checks"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/trial-evaluations",
                        r -> r.contentType(ContentType.JSON)
                                .body(TRIAL_EVALUATION)
                                .post("/api/v1/trial-evaluations"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/follow-up-checks",
                        r -> r.contentType(ContentType.JSON).body(FOLLOW_UP).post("/api/v1/follow-up-checks"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/referral-checks",
                        r -> r.contentType(ContentType.JSON).body(REFERRAL).post("/api/v1/referral-checks"),
                        200,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/drug-options",
                        r -> r.contentType(ContentType.JSON).body(DRUG_OPTIONS).post("/api/v1/drug-options"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/mdt-cases",
                        r -> r.contentType(ContentType.JSON).body(MDT_CASE).post("/api/v1/mdt-cases"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/mdt-cases/{id}/replay",
                        r -> r.post("/api/v1/mdt-cases/" + mdtCaseId + "/replay"),
                        403,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/prescription-checks/{id}/replay (an id stored by no check)",
                        r -> r.post("/api/v1/prescription-checks/" + UUID.randomUUID() + "/replay"),
                        403,
                        404,
                        404,
                        404,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/trial-plans/{id}/replay (an id stored by no plan)",
                        r -> r.post("/api/v1/trial-plans/" + UUID.randomUUID() + "/replay"),
                        403,
                        404,
                        404,
                        404,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/trial-plans",
                        r -> r.contentType(ContentType.JSON)
                                .body("{\"candidacyAssessmentId\": \"" + mdtAssessmentId
                                        + "\", \"trialDate\": \"2026-12-14T08:30:00+01:00\"}")
                                .post("/api/v1/trial-plans"),
                        403,
                        200,
                        403,
                        403,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/assessments/{id} (an MDT clinician's)",
                        r -> r.get("/api/v1/assessments/" + mdtAssessmentId),
                        404,
                        200,
                        403,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/assessments/{id}?view=full (an MDT clinician's)",
                        r -> r.get("/api/v1/assessments/" + mdtAssessmentId + "?view=full"),
                        404,
                        200,
                        403,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "POST /api/v1/assessments/{id}/replay",
                        r -> r.post("/api/v1/assessments/" + mdtAssessmentId + "/replay"),
                        403,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint("GET /api/v1/ruleset", r -> r.get("/api/v1/ruleset"), 200, 200, 200, 200, 200, 403, 401),
                new Endpoint("GET /api/v1/rules", r -> r.get("/api/v1/rules"), 200, 200, 200, 200, 403, 403, 401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/rules/{ruleId}",
                        r -> r.get("/api/v1/rulesets/{hash}/rules/SEL-RP-001", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/figures/{key}",
                        r -> r.get("/api/v1/rulesets/{hash}/figures/dose-ceiling.morphine.oral", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/sources/{key}",
                        r -> r.get("/api/v1/rulesets/{hash}/sources/SMITH2002", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/devices/{id}",
                        r -> r.get("/api/v1/rulesets/{hash}/devices/synchromed-ii-40ml", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/outcomes/{concern}",
                        r -> r.get("/api/v1/rulesets/{hash}/outcomes/SELECTION", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/rulesets/{hash}/algorithms/{id}",
                        r -> r.get("/api/v1/rulesets/{hash}/algorithms/pacc-2017-algorithm", ACTIVE_HASH),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/evidence-sources",
                        r -> r.get("/api/v1/evidence-sources"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/parameters", r -> r.get("/api/v1/parameters"), 200, 200, 200, 200, 403, 403, 401),
                new Endpoint(
                        "GET /api/v1/rules/{id}",
                        r -> r.get("/api/v1/rules/SEL-RP-001"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint("GET /api/v1/drugs", r -> r.get("/api/v1/drugs"), 200, 200, 200, 200, 403, 403, 401),
                new Endpoint(
                        "GET /api/v1/device-models",
                        r -> r.get("/api/v1/device-models"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/trial-protocols",
                        r -> r.get("/api/v1/trial-protocols"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/trial-protocols/{id}",
                        r -> r.get("/api/v1/trial-protocols/single-bolus-morphine-trial"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401),
                new Endpoint(
                        "GET /api/v1/drug-library",
                        r -> r.get("/api/v1/drug-library"),
                        200,
                        200,
                        200,
                        200,
                        403,
                        403,
                        401));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleAsTheTableSays() {
        String id = Api.as(Roles.MDT_CLINICIAN, "dr-matrix")
                .contentType(ContentType.JSON)
                .body(CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        String mdtCase = Api.as(Roles.MDT_CLINICIAN, "dr-matrix")
                .contentType(ContentType.JSON)
                .body(MDT_CASE)
                .post("/api/v1/mdt-cases")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints(id, mdtCase)) {
            assertEquals(CALLERS.size(), endpoint.expected().length, endpoint.name());
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = endpoint.expected()[i];
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + caller + " -> " + expected, () -> {
                    RequestSpecification request = caller.startsWith("(") ? Api.anonymous() : Api.as(caller);
                    ValidatableResponse response =
                            endpoint.call().apply(request).then().statusCode(expected);
                    if (expected == 401) {
                        unauthenticated(response);
                    } else if (expected == 403) {
                        forbidden(response);
                    } else if (expected == 404) {
                        ReferrerOwnRowsTest.notFound(response);
                    } else {
                        response.contentType(ContentType.JSON);
                    }
                }));
            }
        }
        return tests.stream();
    }

    static ValidatableResponse unauthenticated(ValidatableResponse response) {
        return problem(response, 401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    static ValidatableResponse forbidden(ValidatableResponse response) {
        return problem(response, 403).body("type", equalTo("urn:idds-cds:problem:forbidden"));
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("type", startsWith("urn:idds-cds:problem:"))
                .body("title", not(equalTo("")))
                .body(not(containsString("Exception")))
                .body(not(containsString("io.quarkus")))
                .body(not(containsString("io.smallrye")))
                .body(not(containsString("org.")))
                .body(not(containsString("\tat ")));
    }
}
