package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.Fixtures;
import org.idds.cds.web.Problem;
import org.junit.jupiter.api.Test;

/** Every answer is in the append-only audit table of the real PostgreSQL before it is returned. */
@QuarkusTest
class AuditTrailTest {

    private static final String CASE2 =
            Fixtures.text("selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");

    @Inject
    AuditRows audit;

    @Test
    void anAnsweredAssessmentIsStoredWithRequestResponseRulesetAndCaseReference() throws Exception {
        String body = Api.request()
                .contentType(ContentType.JSON)
                .body(CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        var json = io.restassured.path.json.JsonPath.from(body);
        UUID id = UUID.fromString(json.getString("assessmentId"));

        Map<String, String> row = audit.row(id).orElseThrow(() -> new AssertionError("no audit row for " + id));
        assertEquals("CANDIDACY", row.get("kind"));
        assertEquals("CANDIDATE_WITH_PRECAUTIONS", row.get("outcome"));
        assertEquals(json.getString("ruleset.version"), row.get("ruleset_version"));
        assertEquals(json.getString("ruleset.contentHash"), row.get("ruleset_hash"));
        assertEquals("fixture-seed000-case2", row.get("case_reference"));
        assertEquals("candidacy-request/3", row.get("request_schema"), "the request format version is recorded");
        assertEquals(org.idds.cds.audit.BuildInfo.current().version(), row.get("app_version"));
        assertTrue(
                row.get("app_version").matches("\\d+\\.\\d+\\.\\d+.*"),
                "the build version is filled in: " + row.get("app_version"));
        assertEquals(org.idds.cds.audit.BuildInfo.current().commit(), row.get("app_commit"));
        String response = audit.body(id, "response_body").orElseThrow();
        assertEquals(body, response, "the stored answer is the answer returned, byte for byte");
        String request = audit.body(id, "request_parsed").orElseThrow();
        assertTrue(request.contains("\"hydromorphone\""), request);
    }

    @Test
    void aStoredAssessmentIsReturnedByIdExactlyAsFirstReturnedWithItsRulesetVersion() {
        String body = Api.request()
                .contentType(ContentType.JSON)
                .body(CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        var json = io.restassured.path.json.JsonPath.from(body);
        String stored = Api.request()
                .get("/api/v1/assessments/" + json.getString("assessmentId"))
                .then()
                .statusCode(200)
                .header("X-Ruleset-Version", json.getString("ruleset.version"))
                .header("X-Ruleset-Hash", json.getString("ruleset.contentHash"))
                .extract()
                .asString();
        assertEquals(body, stored);
    }

    @Test
    void aStoredAssessmentReplaysToTheSameVerdictAndFindingsWithItsOwnRulesetVersion() {
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body("original.outcome", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("replayed.outcome", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("replayed.findings", org.hamcrest.Matchers.hasItem("SEL-RP-001@2.0.0 CRITERION_MET"))
                .body("differences", org.hamcrest.Matchers.empty())
                .body("context", org.hamcrest.Matchers.empty()); // same build, same request format
    }

    @Test
    void aStoredReferralCheckReplaysToo() {
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body("{\"cancer\": {\"status\": \"ACTIVE_CANCER\"}, \"pain\": {\"worstScore\": 3,"
                        + " \"intolerableSystemicSideEffects\": false}}")
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body("original.outcome", equalTo("NOT_CANDIDATE"));
    }

    @Test
    void anUnknownAssessmentIdIsA404Problem() {
        Api.request()
                .get("/api/v1/assessments/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404));
    }

    @Test
    void auditRowsCannotBeUpdatedOrDeletedEvenByTheSchemaOwner() {
        Api.request()
                .contentType(ContentType.JSON)
                .body(CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200);
        // the application role has no such privilege at all (see DatabasePrivilegesTest); the owner meets the triggers
        assertTrue(audit.tryExecuteAsOwner("update assessment set outcome = 'NOT_CANDIDATE'")
                .orElseThrow()
                .getMessage()
                .contains("append-only"));
        assertTrue(audit.tryExecuteAsOwner("delete from assessment")
                .orElseThrow()
                .getMessage()
                .contains("append-only"));
        // a plain TRUNCATE is refused before the triggers: the audit's hash chain (assessment_chain) references it
        assertTrue(audit.tryExecuteAsOwner("truncate assessment").isPresent());
        assertTrue(audit.tryExecuteAsOwner("truncate assessment, assessment_chain")
                .orElseThrow()
                .getMessage()
                .contains("append-only"));
        assertTrue(audit.tryExecuteAsOwner("truncate assessment cascade")
                .orElseThrow()
                .getMessage()
                .contains("append-only"));
    }

    @Test
    void theRequestIsStoredExactlyAsReceivedWithItsHashBesideTheParsedForm() throws Exception {
        String asSent = "{ \"pain\" : { \"worstScore\" : 7 },\n  \"caseReference\": \"raw-bytes-\u00e9\" }\n";
        byte[] sent = asSent.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(sent)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        UUID uuid = UUID.fromString(id);
        byte[] stored = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                        audit.bytes(uuid, "request_raw").orElseThrow()))
                .readAllBytes();
        org.junit.jupiter.api.Assertions.assertArrayEquals(sent, stored, "raw request bytes");
        String sha = "sha256:"
                + java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(sent));
        assertEquals(sha, audit.row(uuid).orElseThrow().get("request_sha256"));
        String parsed = audit.body(uuid, "request_parsed").orElseThrow();
        assertTrue(parsed.contains("\"worstScore\":7"), parsed);
    }

    @Test
    void whenTheAuditDatabaseFailsTheAnswerIs503AndNoRecommendationLeaves() {
        long before = audit.count();
        assertTrue(audit.tryExecuteAsOwner("alter table assessment rename to assessment_offline")
                .isEmpty());
        try {
            Api.request()
                    .contentType(ContentType.JSON)
                    .body(CASE2)
                    .post("/api/v1/candidacy-assessments")
                    .then()
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(503))
                    .body(not(containsString("findings")))
                    .body(not(containsString("verdict")))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("org.")));
        } finally {
            assertTrue(audit.tryExecuteAsOwner("alter table assessment_offline rename to assessment")
                    .isEmpty());
        }
        assertEquals(before, audit.count());
    }

    @Test
    void theCaseReferenceIsStoredButNeverLogged() throws Exception {
        String marker = "CASE-REF-" + UUID.randomUUID();
        String request = CASE2.replace("fixture-seed000-case2", marker);
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        assertEquals(marker, audit.row(UUID.fromString(id)).orElseThrow().get("case_reference"), "stored");
        java.nio.file.Path log = java.nio.file.Path.of("target/quarkus.log");
        assertTrue(java.nio.file.Files.exists(log), "the test profile writes the log to target/quarkus.log");
        String text = java.nio.file.Files.readString(log);
        assertTrue(text.contains("candidacy assessment " + id), "this assessment was logged, by its id");
        assertTrue(!text.contains(marker), "case reference found in the log");
    }
}
