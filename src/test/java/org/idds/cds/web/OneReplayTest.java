package org.idds.cds.web;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.StoredRows;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One replay for every kind ({@code POST /api/v1/assessments/{id}/replay}), on rows stored as they were before the
 * answer format was recorded ({@code response_schema} NULL: format {@value AnswerFormat#ANSWER_1}): each reads back
 * byte for byte and replays to the same outcome and findings in one result shape; a row whose ruleset this service
 * does not hold is a 409 problem for every kind, never a 500; the prescription-check path is an alias.
 */
@QuarkusTest
class OneReplayTest {

    private static final Set<String> RESULT_FIELDS = Set.of(
            "assessmentId",
            "kind",
            "rulesetVersion",
            "rulesetHash",
            "reproduced",
            "original",
            "replayed",
            "differences",
            "context");

    private static final String CASE_REFERENCE = "replay-case-7731";

    /** One request of each kind, with the path that answers it. */
    private record Made(AssessmentKind kind, String path, String request) {}

    private static final List<Made> KINDS = List.of(
            new Made(AssessmentKind.CANDIDACY, "/api/v1/candidacy-assessments", RoleMatrixTest.CASE2),
            new Made(AssessmentKind.REFERRAL_CHECK, "/api/v1/referral-checks", RoleMatrixTest.REFERRAL),
            new Made(AssessmentKind.PRESCRIPTION_CHECK, "/api/v1/prescription-checks", """
                    {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                     "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                     "basalDose": {"drug": "morphine", "dailyDose": {"value": 1.0, "unit": "mg/d"}},
                     "bolus": {"dose": {"value": 0.2, "unit": "mg"}, "maxPerDay": 6},
                     "previous": {"basalDailyDose": {"value": 0.7, "unit": "mg/d"},
                                  "bolusDose": {"value": 0.1, "unit": "mg"}, "bolusMaxPerDay": 4}}
                    """));

    @Inject
    AssessmentStore store;

    @Inject
    AuditRows audit;

    @TestFactory
    Stream<DynamicTest> anOldRowOfEveryKindReadsBackByteForByteAndReplaysThroughTheOneEndpoint() {
        return KINDS.stream()
                .map(made -> DynamicTest.dynamicTest(made.kind().name(), () -> {
                    StoredAssessment now = madeNow(made);
                    assertEquals(
                            AnswerFormat.CURRENT,
                            audit.row(now.id()).orElseThrow().get("response_schema"),
                            "a new row records its answer format");
                    StoredAssessment old =
                            storedBeforeTheFormatWasRecorded(now, now.rulesetVersion(), now.rulesetHash());
                    assertNull(
                            audit.row(old.id()).orElseThrow().get("response_schema"), "stored as rows were before V9");
                    assertEquals(
                            Optional.empty(), store.find(old.id()).orElseThrow().responseSchema());

                    byte[] read = Api.request()
                            .get("/api/v1/assessments/" + old.id())
                            .then()
                            .statusCode(200)
                            .header("X-Ruleset-Version", now.rulesetVersion())
                            .extract()
                            .asByteArray();
                    assertArrayEquals(old.responseJson().getBytes(StandardCharsets.UTF_8), read, "byte for byte");

                    JsonPath replay = Api.request()
                            .post("/api/v1/assessments/" + old.id() + "/replay")
                            .then()
                            .statusCode(200)
                            .contentType(ContentType.JSON)
                            .body("assessmentId", equalTo(old.id().toString()))
                            .body("kind", equalTo(made.kind().name()))
                            .body("rulesetVersion", equalTo(now.rulesetVersion()))
                            .body("rulesetHash", equalTo(now.rulesetHash()))
                            .body("reproduced", equalTo(true))
                            .body("original.outcome", equalTo(comparedOutcome(now)))
                            .body("original.findings", not(empty()))
                            .body("differences", empty())
                            .body("context", empty())
                            .extract()
                            .jsonPath();
                    assertEquals(RESULT_FIELDS, replay.getMap("").keySet(), "one result shape for every kind");
                    assertEquals(replay.getMap("original"), replay.getMap("replayed"));
                    assertEquals(
                            Set.of("outcome", "findings"),
                            replay.getMap("original").keySet());
                }));
    }

    @TestFactory
    Stream<DynamicTest> aRowOfEveryKindWhoseRulesetIsNotHeldIsA409Problem() {
        return KINDS.stream()
                .map(made -> DynamicTest.dynamicTest(made.kind().name(), () -> {
                    StoredAssessment now = madeNow(made);
                    StoredAssessment byANewerReplica =
                            storedBeforeTheFormatWasRecorded(now, "2099.01.1", "sha256:" + "e".repeat(64));
                    unavailable(byANewerReplica.id(), "/api/v1/assessments/");
                    // the version held, but not with the content the row recorded
                    StoredAssessment otherContent =
                            storedBeforeTheFormatWasRecorded(now, now.rulesetVersion(), "sha256:" + "d".repeat(64));
                    unavailable(otherContent.id(), "/api/v1/assessments/");
                    if (made.kind() == AssessmentKind.PRESCRIPTION_CHECK) {
                        unavailable(byANewerReplica.id(), "/api/v1/prescription-checks/");
                    }
                }));
    }

    /** 2026.11.0 is held (for selection's replays) but has no dosing rules: a 409, where it was a 500. */
    @Test
    void aPrescriptionCheckUnderAnArchivedRulesetWithoutDosingIsA409() {
        StoredAssessment now = madeNow(KINDS.get(2));
        StoredAssessment old = storedBeforeTheFormatWasRecorded(
                now, "2026.11.0", "sha256:3fb65279e16cc43367a52918b0a44616ba75b8bfea766aa657094ab82cf0458a");
        unavailable(old.id(), "/api/v1/assessments/");
        unavailable(old.id(), "/api/v1/prescription-checks/");
    }

    @Test
    void thePrescriptionCheckPathIsAnAliasForPrescriptionChecksOnly() {
        StoredAssessment old = storedBeforeTheFormatWasRecorded(madeNow(KINDS.get(2)), null, null);
        String one = Api.request()
                .post("/api/v1/assessments/" + old.id() + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Api.request()
                .post("/api/v1/prescription-checks/" + old.id() + "/replay")
                .then()
                .statusCode(200)
                .body(equalTo(one));
        StoredAssessment candidacy = madeNow(KINDS.get(0));
        Api.request()
                .post("/api/v1/prescription-checks/" + candidacy.id() + "/replay")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    /** A request stored in the prescription check's first request format (no context) replays as a continuation. */
    @Test
    void aPrescriptionCheckStoredInTheFirstRequestFormatReplays() throws Exception {
        StoredAssessment now = madeNow(KINDS.get(2));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(now.requestJson());
        assertEquals("CONTINUATION", request.remove("context").asText());
        StoredAssessment first = new StoredAssessment(
                StoredRows.newId(now),
                json.writeValueAsString(request),
                firstFormat(now),
                now.rawRequest(),
                now.createdBy(),
                now.build(),
                Optional.of("prescription-check-request/1"),
                Optional.empty());
        store.append(first);
        Api.request()
                .post("/api/v1/assessments/" + first.id() + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body(
                        "context[0]",
                        equalTo("request read as prescription-check-request/1 when made, as "
                                + "prescription-check-request/2 now"));
    }

    /** A safety check stored in its first request format (/2 only added optional fields) replays under /2. */
    @Test
    void aSafetyCheckStoredInTheFirstRequestFormatReplays() {
        List<Made> safety = List.of(
                new Made(AssessmentKind.PROCEDURE_CHECK, "/api/v1/procedure-checks", """
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}]}
                        """),
                new Made(AssessmentKind.FOLLOW_UP_CHECK, "/api/v1/follow-up-checks", """
                        {"event": {"kind": "FOLLOW_UP_VISIT", "at": "2026-12-14T10:00:00+01:00"},
                         "pump": {"deviceId": "synchromed-ii-40ml",
                                  "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}]}}
                        """));
        for (Made made : safety) {
            StoredAssessment now = madeNow(made);
            String current = now.requestSchema().orElseThrow();
            String first = current.replace("/2", "/1");
            StoredAssessment old = StoredRows.withRequestSchema(now, first);
            store.append(old);
            Api.request()
                    .post("/api/v1/assessments/" + old.id() + "/replay")
                    .then()
                    .statusCode(200)
                    .body("reproduced", equalTo(true))
                    .body("context[0]", equalTo("request read as " + first + " when made, as " + current + " now"));
        }
    }

    /**
     * An MDT case stored in the request format before the trial evaluation's section ({@code mdt-case-request/3}; /4
     * only added the optional trialEvaluation section) replays under /4.
     */
    @Test
    void anMdtCaseStoredBeforeTheTrialSectionReplays() {
        StoredAssessment now = madeNow(new Made(
                AssessmentKind.MDT_CASE,
                "/api/v1/mdt-cases",
                org.idds.cds.support.Fixtures.text(
                        "mdt/cases/seed000-case1-before-implant-with-the-procedure-check/request.json")));
        String current = now.requestSchema().orElseThrow();
        assertEquals("mdt-case-request/4", current);
        String before = "mdt-case-request/3";
        StoredAssessment old = StoredRows.withRequestSchema(now, before);
        store.append(old);
        Api.request()
                .post("/api/v1/assessments/" + old.id() + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body("context[0]", equalTo("request read as " + before + " when made, as " + current + " now"));
    }

    /** A trial evaluation (kind TRIAL_EVALUATION, stored in the current answer format) replays through the one endpoint. */
    @Test
    void aTrialEvaluationReplaysThroughTheOneEndpoint() {
        StoredAssessment now = madeNow(new Made(AssessmentKind.TRIAL_EVALUATION, "/api/v1/trial-evaluations", """
                {"protocol": "single-bolus-morphine-trial",
                 "drugs": [{"drug": "morphine", "dose": {"value": 0.2, "unit": "mg"}, "route": "INTRATHECAL"}],
                 "baselinePain": 8, "painScores": [{"afterDoseHours": 4, "score": 0.5}],
                 "referralReason": "UNCONTROLLED_PAIN", "opioidStatus": "OPIOID_TOLERANT"}
                """));
        Api.request()
                .post("/api/v1/assessments/" + now.id() + "/replay")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("kind", equalTo("TRIAL_EVALUATION"))
                .body("reproduced", equalTo(true))
                .body("original.outcome", equalTo("LOCAL_POLICY_DECIDES"))
                .body("original.findings", not(empty()))
                .body("differences", empty());
    }

    @Test
    void governanceReplaysSeeOutcomesAndRuleIdsButNoPatientData() {
        for (Made made : KINDS) {
            StoredAssessment now = madeNow(made);
            String body = Api.as(Roles.GOVERNANCE)
                    .post("/api/v1/assessments/" + now.id() + "/replay")
                    .then()
                    .statusCode(200)
                    .body("reproduced", equalTo(true))
                    .extract()
                    .asString();
            assertFalse(body.contains(CASE_REFERENCE), body);
            assertFalse(body.contains("morphine"), body);
            assertFalse(body.contains("mg/mL"), body);
        }
    }

    @Test
    void anAnswerFormatThisBuildDoesNotReadIsA409Problem() {
        StoredAssessment now = madeNow(KINDS.get(0));
        StoredAssessment newer = copy(now, now.rulesetVersion(), now.rulesetHash(), Optional.of("idds-answer/99"));
        store.append(newer);
        Api.request()
                .post("/api/v1/assessments/" + newer.id() + "/replay")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("answer-format-unknown"));
    }

    /** What a replay compares: the verdict, status, or (a referral check) the engine's verdict behind its outcome. */
    private static String comparedOutcome(StoredAssessment stored) {
        return stored.kind() == AssessmentKind.REFERRAL_CHECK
                ? JsonPath.from(stored.responseJson()).getString("engineVerdict")
                : stored.outcome();
    }

    @Test
    void theOpenApiDocumentDescribesTheOneReplayAndItsAliasWithOneShape() {
        JsonPath api = Api.anonymous()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (String path : List.of("/api/v1/assessments/{id}/replay", "/api/v1/prescription-checks/{id}/replay")) {
            String ref =
                    api.getString("paths.'" + path + "'.post.responses.'200'.content.'application/json'.schema.'$ref'");
            assertEquals("#/components/schemas/ReplayResult", ref, path);
            assertEquals(
                    "application/problem+json",
                    api.getMap("paths.'" + path + "'.post.responses.'409'.content")
                            .keySet()
                            .iterator()
                            .next(),
                    path);
        }
        assertEquals(
                RESULT_FIELDS,
                api.getMap("components.schemas.ReplayResult.properties").keySet());
    }

    private static void unavailable(UUID id, String base) {
        Api.request()
                .post(base + id + "/replay")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", endsWith("ruleset-unavailable"));
    }

    /** The request answered now, as stored (with a case reference, which a replay never shows). */
    private StoredAssessment madeNow(Made made) {
        String request = made.request().trim();
        String withReference = request.contains("\"caseReference\"")
                ? request.replaceFirst(
                        "\"caseReference\": *\"[^\"]*\"", "\"caseReference\": \"" + CASE_REFERENCE + "\"")
                : "{\"caseReference\": \"" + CASE_REFERENCE + "\", " + request.substring(1);
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(withReference)
                .post(made.path())
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        StoredAssessment stored = store.find(UUID.fromString(id)).orElseThrow();
        assertEquals(made.kind(), stored.kind());
        return stored;
    }

    /**
     * The same answer stored again as a row from before migration V9 (no response_schema), under the given ruleset
     * version and hash ({@code null}: the row's own).
     */
    private StoredAssessment storedBeforeTheFormatWasRecorded(StoredAssessment made, String version, String hash) {
        StoredAssessment old = copy(
                made,
                version == null ? made.rulesetVersion() : version,
                hash == null ? made.rulesetHash() : hash,
                Optional.empty());
        store.append(old);
        return old;
    }

    private static StoredAssessment copy(
            StoredAssessment made, String version, String hash, Optional<String> responseSchema) {
        return new StoredAssessment(
                StoredRows.newId(made, version, hash),
                made.requestJson(),
                responseSchema.isEmpty() ? firstFormat(made) : made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                responseSchema);
    }

    /**
     * The answer as format {@value AnswerFormat#ANSWER_1} named what a replay compares: a candidacy's and referral
     * check's {@code recommendations[]} with {@code ruleId}, a prescription check's {@code findings[]} with
     * {@code ruleId}; the outcome fields are the same in both formats.
     */
    private static String firstFormat(StoredAssessment made) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var body = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(made.responseJson());
            var old = json.createArrayNode();
            body.path("findings").forEach(f -> {
                var r = old.addObject();
                r.put("ruleId", f.path("rule").asText());
                r.put("ruleVersion", f.path("ruleVersion").asText());
                if (f.has("effect")) {
                    r.put("effect", f.path("effect").asText());
                }
            });
            body.remove("format");
            body.remove("findings");
            body.set(made.kind() == AssessmentKind.PRESCRIPTION_CHECK ? "findings" : "recommendations", old);
            return json.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
