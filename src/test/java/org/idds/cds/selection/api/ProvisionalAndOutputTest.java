package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 7 items 6 and 10: decisive inputs versus checks to confirm before implant (a provisional verdict with its
 * checklist), device plans only for candidates, life-expectancy bands in whole days whatever the unit, MDT judgement
 * for the imminently dying, out-of-scope outcomes, and every co-occurring reason in summaries and referral reasons.
 */
@QuarkusTest
class ProvisionalAndOutputTest {

    /**
     * Refractory active cancer pain with every screening answer given and negative (comprehensive management tried:
     * issue 13); life expectancy %s.
     */
    private static final String FULL = """
            {"patient": {"ageYears": %s},
             "cancer": {"status": "%s"},
             "pain": {"worstScore": 8, "intolerableSystemicSideEffects": false,
                      "comprehensiveManagementTried": true},
             "prognosis": {"lifeExpectancy": {"value": %s, "unit": "%s"}},
             "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}],
             "contraindications": {"infection": "%s", "bleeding": "NONE", "uncorrectedCoagulopathy": %s,
                                   "spinalCanalObstruction": false, "patientDeclines": %s, "canAttendRefills": true},
             "workUp": {"spinalOrEpiduralDisease": false, "spinalImagingDone": true,
                        "spinalImagingDate": "2026-11-20", "psychologicalEvaluationDone": false},
             "labs": {"plateletCount": {"value": 250, "unit": "10*9/L"}, "inr": 1.0, "inrUpperReferenceLimit": 1.2,
                      "aptt": {"value": 30, "unit": "s"}, "apttUpperReferenceLimit": {"value": 36, "unit": "s"}}}
            """;

    private static String full(String value, String unit) {
        return FULL.formatted("60", "ACTIVE_CANCER", value, unit, "NONE", "false", "false");
    }

    private static ValidatableResponse assess(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse refer(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200);
    }

    @Test
    void aReferralWithRefractoryPainAndNoScreeningAnswersIsReferredProvisionallyWithTheChecklist() {
        refer("""
                        {"patient": {"ageYears": 67},
                         "cancer": {"status": "ACTIVE_CANCER"},
                         "pain": {"worstScore": 8},
                         "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                         "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}]}
                        """)
                .body("outcome", equalTo("REFER_TO_MDT"))
                .body("engineVerdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("provisional", equalTo(true))
                .body("pleaseProvide", empty())
                .body("plainLanguage", containsString("refer to the IDDS MDT"))
                .body("plainLanguage", containsString("Provisional"))
                // written for people: the clinical label, never the input path
                .body("plainLanguage", containsString("active infection"))
                .body("plainLanguage", not(containsString("contraindications.")))
                .body("reasons", hasItem(containsString("Refractory pain")))
                .body(
                        "mdtWillConfirm",
                        hasItems(
                                "contraindications.infection",
                                "contraindications.bleeding",
                                "contraindications.uncorrectedCoagulopathy",
                                "contraindications.spinalCanalObstruction",
                                "contraindications.patientDeclines",
                                "contraindications.canAttendRefills"))
                .body(
                        "missingInputs.findAll { it.role == 'CONFIRM_BEFORE_IMPLANT' }.input",
                        hasItems("contraindications.infection", "contraindications.canAttendRefills"))
                .body(
                        "findings.findAll { it.inputs?.contains('contraindications.infection') }.rule",
                        hasItem("SEL-CI-010"))
                .body(
                        "findings.findAll { it.inputs?.contains('contraindications.patientDeclines') }.summary",
                        hasItem(containsString("patient's wish")))
                // a provisional verdict never feeds device or trial planning
                .body("findings.devicePlan", everyItem(nullValue()));
    }

    @Test
    void theSameCaseAssessedByTheMdtIsAProvisionalCandidateWithoutADevicePlan() {
        JsonPath answer = assess("""
                        {"patient": {"ageYears": 67}, "cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 8},
                         "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                         "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}]}
                        """)
                .body("verdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("provisional", equalTo(true))
                .body("devicePlan", nullValue())
                .body("verdictSummary", containsString("Provisional"))
                .body("verdictSummary", containsString("active infection"))
                .body("verdictSummary", not(containsString("contraindications.")))
                .body("verdictSummary", containsString("device and trial planning wait"))
                .body("missingInputs.findAll { it.role == 'REQUIRED' }", empty())
                .extract()
                .jsonPath();
        // issue 13: on 600 mg/d oral morphine, whether comprehensive management was tried is a check too
        List<Object> toConfirm = answer.getList("missingInputs.findAll { it.role == 'CONFIRM_BEFORE_IMPLANT' }.input");
        assertEquals(10, toConfirm.size(), answer.prettify());
        assertTrue(toConfirm.contains("pain.comprehensiveManagementTried"), answer.prettify());
        assertTrue(toConfirm.containsAll(List.of("labs.plateletCount", "labs.inr", "labs.aptt")), answer.prettify());
    }

    @Test
    void aMissingDecisiveInputStillGivesInsufficientInformation() {
        refer("""
                        {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 8},
                         "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}]}
                        """)
                .body("engineVerdict", equalTo("INSUFFICIENT_INFORMATION"))
                .body("outcome", equalTo("MORE_INFORMATION_NEEDED"))
                .body("provisional", equalTo(false))
                .body("pleaseProvide", hasItem("prognosis.lifeExpectancy"));
    }

    @Test
    void everyScreeningAnswerGivenIsNotProvisionalAndShowsTheDevicePlan() {
        assess(full("6", "mo"))
                .body("verdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("provisional", equalTo(false))
                .body("missingInputs.findAll { it.role == 'CONFIRM_BEFORE_IMPLANT' }", empty())
                .body("devicePlan", equalTo("FULLY_IMPLANTED_PUMP"))
                .body("verdictSummary", not(containsString("Provisional")));
    }

    /**
     * The worst-pain threshold with one decimal either side: pain is never rounded, so 4.9 is below a threshold of 5
     * and 5.0 and 5.1 are at or above it (uncontrolled pain on 600 mg/d oral morphine, side effects tolerated).
     */
    @Test
    void painScoresAtTheThresholdWithDecimals() {
        String request = full("6", "mo").replace("\"worstScore\": 8", "\"worstScore\": %s");
        assess(request.formatted("4.9")).body("verdict", equalTo("NOT_CANDIDATE"));
        assess(request.formatted("5.0"))
                .body("verdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("facts['pain.worstScore'].value", equalTo("5.0"));
        assess(request.formatted("5.1")).body("verdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"));
        assess(request.formatted("8.5")).body("facts['pain.worstScore'].value", equalTo("8.5"));
    }

    /** Each cell: life expectancy, verdict, device plan (null: none). */
    // Every answer here carries the respiratory-risk precaution for concurrent systemic opioids (SEL-RR-003), so a
    // candidate reads CANDIDATE_WITH_PRECAUTIONS; the dated imaging keeps the canal check confirmed (not provisional).
    private record Cell(String value, String unit, String verdict, String devicePlan) {}

    @Test
    void lifeExpectancyBandsAreTheSameWhateverTheUnitAtEveryEdge() {
        List<Cell> grid = List.of(
                // imminently-dying limit, 7 d: below it MDT judgement, no device plan
                new Cell("0", "d", "MDT_JUDGEMENT", null),
                new Cell("6", "d", "MDT_JUDGEMENT", null),
                new Cell("0.1", "mo", "MDT_JUDGEMENT", null),
                new Cell("7", "d", "CANDIDATE_WITH_PRECAUTIONS", "PERCUTANEOUS_CATHETER"),
                new Cell("1", "wk", "CANDIDATE_WITH_PRECAUTIONS", "PERCUTANEOUS_CATHETER"),
                // percutaneous limit, 1 mo = 30.4375 d, 30 whole days (AHCPR "< 1 month")
                new Cell("29", "d", "CANDIDATE_WITH_PRECAUTIONS", "PERCUTANEOUS_CATHETER"),
                new Cell("4", "wk", "CANDIDATE_WITH_PRECAUTIONS", "PERCUTANEOUS_CATHETER"),
                new Cell("30", "d", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("1", "mo", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("31", "d", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("5", "wk", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                // implant edge, 3 mo = 91.3125 d, 91 whole days; "> 3 months" (Medtronic, Oncology 1999), the
                // stricter of it and PACC 2024 ">= 3 months": 3 mo, 13 wk and 91 d all stay external
                new Cell("90", "d", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("91", "d", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("13", "wk", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("3", "mo", "CANDIDATE_WITH_PRECAUTIONS", "EXTERNAL_SYSTEM"),
                new Cell("92", "d", "CANDIDATE_WITH_PRECAUTIONS", "FULLY_IMPLANTED_PUMP"),
                new Cell("14", "wk", "CANDIDATE_WITH_PRECAUTIONS", "FULLY_IMPLANTED_PUMP"),
                new Cell("4", "mo", "CANDIDATE_WITH_PRECAUTIONS", "FULLY_IMPLANTED_PUMP"),
                new Cell("1", "a", "CANDIDATE_WITH_PRECAUTIONS", "FULLY_IMPLANTED_PUMP"));
        List<Executable> checks = new ArrayList<>();
        for (Cell cell : grid) {
            JsonPath answer = assess(full(cell.value(), cell.unit())).extract().jsonPath();
            String where = cell.value() + " " + cell.unit();
            checks.add(() -> assertEquals(cell.verdict(), answer.getString("verdict"), where));
            checks.add(() -> assertEquals(cell.devicePlan(), answer.getString("devicePlan"), where));
            checks.add(() -> assertFalse(answer.getBoolean("provisional"), where));
        }
        assertAll(checks);
    }

    @Test
    void aLifeExpectancyOfZeroDaysGoesToMdtJudgementNotACandidateVerdict() {
        assess(full("0", "d"))
                .body("verdict", equalTo("MDT_JUDGEMENT"))
                .body("devicePlan", nullValue())
                .body("verdictSummary", containsString("For MDT judgement"))
                .body("findings.summary", hasItem(containsString("only days")))
                .body("findings.rule", hasItem("SEL-LE-004"))
                .body("findings.rule", not(hasItem("SEL-LE-003")));
        refer("""
                        {"patient": {"ageYears": 70}, "cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 9},
                         "prognosis": {"lifeExpectancy": {"value": 0, "unit": "d"}},
                         "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}],
                         "contraindications": {"infection": "NONE", "patientDeclines": false}}
                        """)
                .body("outcome", equalTo("MDT_JUDGEMENT_NEEDED"))
                .body("reasons", hasItem(containsString("only days")));
    }

    @Test
    void nonCancerPainIsOutOfScopeNotJudgedByCancerCriteria() {
        assess(FULL.formatted("50", "NON_CANCER", "5", "a", "NONE", "false", "false"))
                .body("verdict", equalTo("OUT_OF_SCOPE"))
                .body("devicePlan", nullValue())
                .body("findings.summary", hasItem(containsString("non-cancer pathway does not exist")))
                .body("findings.rule", hasItem("SEL-SC-001"))
                .body("findings.rule", not(hasItem("SEL-PS-001")));
        refer("""
                        {"cancer": {"status": "NON_CANCER"}, "pain": {"worstScore": 8}}
                        """).body("outcome", equalTo("OUT_OF_SCOPE")).body("plainLanguage", containsString("non-cancer pain"));
    }

    @Test
    void cancerInRemissionIsOutOfScopeAndCurativeIntentStaysInScopeWithAPsychologicalEvaluation() {
        assess(FULL.formatted("50", "REMISSION", "5", "a", "NONE", "false", "false"))
                .body("verdict", equalTo("OUT_OF_SCOPE"))
                .body("findings.rule", hasItem("SEL-SC-002"));
        assess(FULL.formatted("50", "CURATIVE_INTENT", "5", "a", "NONE", "false", "false"))
                .body("verdict", equalTo("DEFER"))
                .body("devicePlan", nullValue())
                .body("findings.rule", hasItem("SEL-PS-001"));
    }

    @Test
    void aSeventeenYearOldIsOutOfScope() {
        assess(FULL.formatted("17", "ACTIVE_CANCER", "6", "mo", "NONE", "false", "false"))
                .body("verdict", equalTo("OUT_OF_SCOPE"))
                .body("devicePlan", nullValue())
                .body("findings.summary", hasItem(containsString("adults only")))
                .body("findings.rule", hasItem("SEL-SC-003"));
        assess(FULL.formatted("18", "ACTIVE_CANCER", "6", "mo", "NONE", "false", "false"))
                .body("verdict", equalTo("CANDIDATE_WITH_PRECAUTIONS"))
                .body("pertinentNegatives.rule", hasItem("SEL-SC-003"));
    }

    @Test
    void notCandidateAndDeferAnswersCarryNoDevicePlan() {
        for (Map.Entry<String, String> e : Map.of(
                        "NOT_CANDIDATE", FULL.formatted("60", "ACTIVE_CANCER", "6", "mo", "NONE", "false", "true"),
                        "DEFER", FULL.formatted("60", "ACTIVE_CANCER", "6", "mo", "SYSTEMIC", "false", "false"))
                .entrySet()) {
            JsonPath answer = assess(e.getValue()).extract().jsonPath();
            assertEquals(e.getKey(), answer.getString("verdict"));
            assertNull(answer.get("devicePlan"), e.getKey());
            assertTrue(
                    answer.getList("findings.devicePlan").stream().allMatch(p -> p == null),
                    e.getKey() + " " + answer.prettify());
            assertFalse(answer.getString("verdictSummary").contains("implanted pump"), e.getKey());
            // the life-expectancy finding stays, worded as what it would mean for a candidate
            assertTrue(
                    answer.getList("findings.summary")
                            .contains("If a candidate: life expectancy supports a fully implanted programmable pump."),
                    e.getKey());
        }
    }

    @Test
    void twoCoOccurringReasonsToDeferAreBothInTheFindingsAndTheReferralReasons() {
        String body = FULL.formatted("60", "ACTIVE_CANCER", "6", "mo", "SYSTEMIC", "true", "false");
        List<String> summaries =
                assess(body).body("verdict", equalTo("DEFER")).extract().path("findings.summary");
        assertTrue(
                summaries.stream().anyMatch(s -> s.contains("treat the active systemic infection")),
                summaries::toString);
        assertTrue(summaries.stream().anyMatch(s -> s.contains("correct the coagulopathy")), summaries::toString);
        refer("""
                        {"patient": {"ageYears": 60}, "cancer": {"status": "CURATIVE_INTENT"}, "pain": {"worstScore": 8},
                         "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                         "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 600, "unit": "mg/d"}}],
                         "contraindications": {"infection": "SYSTEMIC", "patientDeclines": false}}
                        """)
                .body("outcome", equalTo("TREAT_FIRST_THEN_REFER"))
                .body("reasons", hasItem(containsString("treat the active systemic infection")))
                .body("reasons", hasItem(containsString("complete a psychological evaluation")));
    }

    @Test
    void aReasonToExcludeAndAReasonToDeferAreBothListedWhenNotACandidate() {
        List<String> summaries = assess(FULL.formatted("60", "ACTIVE_CANCER", "6", "mo", "SYSTEMIC", "false", "true"))
                .body("verdict", equalTo("NOT_CANDIDATE"))
                .extract()
                .path("findings.summary");
        assertTrue(summaries.stream().anyMatch(s -> s.contains("the patient declines")), summaries::toString);
        assertTrue(
                summaries.stream().anyMatch(s -> s.contains("treat the active systemic infection")),
                summaries::toString);
    }
}
