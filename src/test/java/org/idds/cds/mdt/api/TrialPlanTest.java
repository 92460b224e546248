package org.idds.cds.mdt.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.TrialPlanCases;
import org.idds.cds.web.Problem;
import org.junit.jupiter.api.Test;

/**
 * Trial plans over HTTP ({@code POST /api/v1/trial-plans}): the clinical content of the plan cases asserted field by
 * field (the snapshots hold the whole answers), the stored candidacy refused when it is not one (422 naming the field)
 * or not found (404), a procedure check about another procedure or another time refused naming the field, and a plan
 * replayed through the one replay endpoint from the same stored candidacy.
 */
@QuarkusTest
class TrialPlanTest {

    private static final Path CASES = Fixtures.ROOT.resolve("trial/planning/cases");

    private static JsonPath plan(String folder) {
        Fixtures.ClinicalCase c = Fixtures.all("trial").stream()
                .filter(x -> x.name().equals(folder))
                .findFirst()
                .orElseThrow();
        return JsonPath.from(Api.trialAnswer(c));
    }

    @Test
    void anOpioidNaivePatientWithCopdOnABenzodiazepineIsPlannedInpatientWithItsMonitoringScheduleAndNaloxone() {
        JsonPath plan = plan(
                "opioid-naive-patient-with-copd-on-a-benzodiazepine-is-planned-inpatient-with-24-hours-of-respiratory-monitoring");
        List<Map<String, Object>> opioidTrials = plan.getList("protocols.findAll { it.naloxone == true }");
        assertEquals(3, opioidTrials.size(), "the three morphine protocols");
        for (Map<String, Object> p : opioidTrials) {
            assertEquals("INPATIENT", p.get("setting"), p.get("protocol").toString());
            assertEquals(true, p.get("escalated"));
            @SuppressWarnings("unchecked")
            Map<String, Object> observation = (Map<String, Object>) p.get("observation");
            assertTrue(Integer.parseInt(observation.get("minimumHours").toString()) >= 24, observation.toString());
            assertEquals(List.of(), observation.get("alsoCited"), "no shorter observation offered for this patient");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> schedule = (List<Map<String, Object>>) p.get("monitoringSchedule");
            assertEquals(
                    List.of("trial.respiratoryRisk.hourlyChecksFor", "trial.respiratoryRisk.twoHourlyChecksFor"),
                    schedule.stream().map(f -> f.get("key")).toList());
            assertEquals(
                    List.of("12", "12"),
                    schedule.stream().map(f -> f.get("value")).toList());
        }
        Map<String, Object> escalation = plan.getMap("findings.find { it.rule == 'TRI-PL-040' }");
        assertEquals(
                List.of(
                        "candidacy.findings[SEL-RR-006]",
                        "candidacy.findings[SEL-RR-004]",
                        "candidacy.findings[SEL-RR-001]"),
                escalation.get("facts"),
                "COPD, opioid-naive and the benzodiazepine, each by the candidacy finding that named it");
    }

    @Test
    void aTrialDateInsideAnApixabanHoldShowsTheConflictAndIsNotReadyToBook() {
        JsonPath plan = plan("trial-date-inside-an-apixaban-hold-shows-the-conflict-and-is-not-ready-to-book");
        assertEquals("DRAFTED", plan.getString("status"));
        assertEquals("CONFLICT", plan.getString("procedureCheck.drugs.find { it.drug == 'apixaban' }.plan"));
        assertTrue(plan.getList("findings.rule").contains("SAF-PR-020"), "the safety concern's conflict finding");
        assertEquals(
                List.of("procedureCheck.antithrombotics[apixaban]"),
                plan.getList("openChecks.find { it.check == 'TRI-PL-021' }.inputs"));
    }

    @Test
    void provisionalOnlyOnRefillAttendanceIsReadyToBookAndProvisionalOnPlateletsIsDraftedNamingIt() {
        JsonPath refills = plan("candidacy-provisional-only-on-refill-attendance-is-ready-to-book");
        assertEquals("READY_TO_BOOK", refills.getString("status"));
        assertEquals(false, refills.getBoolean("openChecks[0].holdsTrial"));
        JsonPath platelets = plan("candidacy-provisional-on-the-platelet-count-is-drafted-naming-the-platelet-check");
        assertEquals("DRAFTED", platelets.getString("status"));
        assertEquals(
                List.of("candidacy.labs.plateletCount"),
                platelets.getList("openChecks.findAll { it.holdsTrial }.inputs.flatten()"));
    }

    @Test
    void anAssessmentOfAnotherKindIsA422NamingTheField() {
        String procedureCheck = Api.request()
                .contentType(ContentType.JSON)
                .body("""
                        {"procedure": {"kind": "TRIAL_SINGLE_SHOT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}]}
                        """)
                .post("/api/v1/procedure-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.request()
                .contentType(ContentType.JSON)
                .body(planOf(procedureCheck))
                .post("/api/v1/trial-plans")
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("candidacyAssessmentId")))
                .body("errors[0].message", containsString("PROCEDURE_CHECK, not a candidacy assessment"));
    }

    @Test
    void anUnknownCandidacyIdIsA404NamingTheField() {
        Api.request()
                .contentType(ContentType.JSON)
                .body(planOf(UUID.randomUUID().toString()))
                .post("/api/v1/trial-plans")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("candidacyAssessmentId")));
    }

    @Test
    void aCandidacyWhoseVerdictIsNotACandidateIsA422AndPlansNoTrial() {
        String deferred = Api.request()
                .contentType(ContentType.JSON)
                .body("""
                        {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 8},
                         "contraindications": {"infection": "SYSTEMIC"}}
                        """)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.request()
                .contentType(ContentType.JSON)
                .body(planOf(deferred))
                .post("/api/v1/trial-plans")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("candidacyAssessmentId")))
                .body("errors[0].message", containsString("no trial is planned"));
    }

    @Test
    void aProcedureCheckAboutAnotherProcedureOrTimeIsRefusedNamingTheField() throws Exception {
        String id = TrialPlanCases.storeCandidacy(
                        CASES.resolve("candidacy-provisional-only-on-refill-attendance-is-ready-to-book"))
                .orElseThrow();
        Api.request()
                .contentType(ContentType.JSON)
                .body("{\"candidacyAssessmentId\": \"" + id + "\", \"trialDate\": \"2026-12-14T08:30:00+01:00\","
                        + " \"procedureCheck\": {\"procedure\": {\"kind\": \"IMPLANT\","
                        + " \"plannedAt\": \"2026-12-15T08:30:00+01:00\"}, \"antithrombotics\": []}}")
                .post("/api/v1/trial-plans")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("procedureCheck.procedure.kind", "procedureCheck.procedure.plannedAt")));
    }

    @Test
    void aStoredPlanReplaysThroughTheOneReplayFromTheSameCandidacy() {
        String id = plan("trial-date-inside-an-apixaban-hold-shows-the-conflict-and-is-not-ready-to-book")
                .getString("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("kind", equalTo("TRIAL_PLAN"))
                .body("reproduced", equalTo(true))
                .body("original.outcome", equalTo("DRAFTED"))
                .body("original.findings", hasItem("TRI-PL-021@1.0.0"))
                .body("original.findings", hasItem("SAF-PR-020@1.0.0"))
                .body("differences", empty());
        Api.request()
                .post("/api/v1/trial-plans/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true))
                .body("original.findings", not(empty()));
    }

    private static String planOf(String candidacyId) {
        return "{\"candidacyAssessmentId\": \"" + candidacyId + "\", \"trialDate\": \"2026-12-14T08:30:00+01:00\"}";
    }
}
