package org.idds.cds.mdt.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.kernel.Concern;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.Snapshots;
import org.idds.cds.web.Roles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * MDT cases end to end (src/test/resources/rules/mdt/cases/): one ordered answer whose concern sections give the
 * verdict and status the case expects, the findings merged only where the case says, stored as one MDT_CASE row read
 * back byte for byte, replayed to the same outcomes, and the whole answer against its snapshot.
 */
@QuarkusTest
class MdtCaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_CASE_1 = "mdt/cases/seed000-case1-at-implant/request.json";

    private static final String FOLLOW_UP_CASE =
            "mdt/cases/seed000-case1-after-implant-with-the-follow-up-check/request.json";

    private static final String PROCEDURE_CASE =
            "mdt/cases/seed000-case1-before-implant-with-the-procedure-check/request.json";

    private static final String TRIAL_CASE = "mdt/cases/seed000-case2-after-the-morphine-trial/request.json";

    @Inject
    AuditRows audit;

    /**
     * One authenticated request with a body first, whatever its answer: on a loaded machine the first body a cold JVM
     * reads (token check, body handler, JSON reader) can take longer than the test profile's 3 s body-read deadline,
     * which would answer this class's first real POST with a 408 when the class runs alone.
     */
    @org.junit.jupiter.api.BeforeEach
    void bodyPathWarm() {
        Api.request().contentType(ContentType.JSON).body("{}").post("/api/v1/mdt-cases");
    }

    @TestFactory
    Stream<DynamicTest> everyMdtCaseIsOneOrderedAuditedReplayableAnswer() {
        return Fixtures.all("mdt").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        String body = post(c.request())
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
        JsonNode answer = JSON.readTree(body);
        JsonNode then = c.then();
        String context = c.path() + ": " + c.given();
        JsonNode concerns = answer.path("concerns");
        assertEquals("MDT_CASE", answer.path("kind").asText(), context);
        assertEquals(
                then.path("verdict").asText(),
                concerns.path("candidacy").path("verdict").asText(),
                context);
        // each concern's status, where the case names it: the case file's key, then the answer's section
        for (String[] status : new String[][] {
            {"status", "prescriptionCheck"},
            {"procedureStatus", "procedureCheck"},
            {"followUpStatus", "followUpCheck"},
            {"trialStatus", "trialEvaluation"},
            {"trialPlanStatus", "trialPlan"}
        }) {
            if (then.has(status[0])) {
                assertEquals(
                        then.path(status[0]).asText(),
                        concerns.path(status[1]).path("status").asText(),
                        context + " " + status[1]);
            }
        }
        if (then.has("trialPlanStatus")) {
            List<String> open = new ArrayList<>();
            concerns.path("trialPlan")
                    .path("openChecks")
                    .forEach(o -> open.add(o.path("check").asText()));
            then.path("openChecks").forEach(o -> assertTrue(open.contains(o.asText()), context + " open " + open));
            for (JsonNode check : concerns.path("trialPlan").path("openChecks")) {
                for (JsonNode f : check.path("findings")) {
                    assertTrue(
                            JSON.convertValue(answer.path("findings"), List.class).stream()
                                    .anyMatch(i -> f.asText().equals(((Map<?, ?>) i).get("id"))),
                            context + " an open check names unknown finding " + f);
                }
            }
        }
        if (then.has("reliefPercent")) {
            assertEquals(
                    then.path("reliefPercent").decimalValue(),
                    concerns.path("trialEvaluation")
                            .path("relief")
                            .path("percent")
                            .decimalValue(),
                    context + " the relief shown");
        }
        then.path("drugPlans").fields().forEachRemaining(e -> {
            JsonNode plan = null;
            for (JsonNode d : concerns.path("procedureCheck").path("drugs")) {
                if (d.path("drug").asText().equals(e.getKey())) {
                    plan = d;
                }
            }
            assertTrue(plan != null, context + " no plan for " + e.getKey());
            assertEquals(e.getValue().asText(), plan.path("plan").asText(), context + " plan of " + e.getKey());
        });

        List<JsonNode> items = new ArrayList<>();
        answer.path("findings").forEach(items::add);
        List<String> seen = items.stream().map(i -> i.path("rules").toString()).toList();
        for (int i = 0; i < items.size(); i++) {
            assertEquals("f" + (i + 1), items.get(i).path("id").asText(), context + " ids in answer order");
            if (i > 0) {
                assertTrue(
                        order(items.get(i - 1)) <= order(items.get(i))
                                && (order(items.get(i - 1)) < order(items.get(i))
                                        || items.get(i - 1)
                                                        .path("rule")
                                                        .asText()
                                                        .compareTo(items.get(i)
                                                                .path("rule")
                                                                .asText())
                                                <= 0),
                        context + ": ordered by severity, concern, rule id: " + seen);
            }
        }
        for (JsonNode expected : then.path("findings")) {
            String rule = expected.path("ruleId").asText();
            assertTrue(
                    parts(items).stream()
                            .anyMatch(p -> p.path("rule").asText().equals(rule)
                                    && (!expected.has("severity")
                                            || p.path("severity")
                                                    .asText()
                                                    .equals(expected.path("severity")
                                                            .asText()))),
                    context + " expected " + expected + " among " + seen);
        }
        for (JsonNode absent : then.path("absentRules")) {
            assertTrue(
                    parts(items).stream().noneMatch(p -> p.path("rule").asText().equals(absent.asText())),
                    context + " did not expect " + absent.asText());
        }
        List<String> merged = items.stream()
                .filter(i -> i.path("rules").size() > 1)
                .map(i -> i.path("rules").toString())
                .toList();
        List<String> expectedMerged = new ArrayList<>();
        then.path("mergedFindings").forEach(m -> expectedMerged.add(m.toString()));
        assertEquals(expectedMerged, merged, context + ": the merged items and their rules");
        for (JsonNode item : items) {
            if (item.path("rules").size() > 1) {
                assertTrue(item.has("mergedOn") && item.has("alsoFrom"), context + " a merged item says why " + item);
                List<String> concernsOfItem = new ArrayList<>();
                concernsOfItem.add(item.path("concern").asText());
                item.path("alsoFrom")
                        .forEach(p -> concernsOfItem.add(p.path("concern").asText()));
                assertTrue(
                        concernsOfItem.stream().distinct().count() > 1,
                        context + " only findings of different concerns are merged: " + item);
            }
        }
        // each hold is shown once: only the procedure check's findings name a hold figure
        for (JsonNode item : items) {
            for (JsonNode part : parts(List.of(item))) {
                if (!part.path("concern").asText().equals("SAFETY")) {
                    item.path("figures")
                            .forEach(f -> assertTrue(
                                    !f.path("key").asText().startsWith("hold.")
                                            && !f.path("key").asText().startsWith("procedure.hold."),
                                    context + ": a hold outside the procedure check " + item));
                }
            }
        }
        for (JsonNode d : concerns.path("procedureCheck").path("drugs")) {
            for (JsonNode f : d.path("findings")) {
                assertTrue(
                        items.stream().anyMatch(i -> i.path("id").asText().equals(f.asText())),
                        context + " a plan names unknown finding " + f);
            }
        }
        for (String section : List.of(
                "candidacy", "prescriptionCheck", "procedureCheck", "followUpCheck", "trialEvaluation", "trialPlan")) {
            for (JsonNode ref : concerns.path(section).path("findings")) {
                JsonNode item = items.stream()
                        .filter(i -> i.path("id").asText().equals(ref.path("id").asText()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(context + " " + section + " names unknown " + ref));
                assertTrue(
                        JSON.convertValue(item.path("rules"), List.class)
                                .contains(ref.path("rule").asText()),
                        context + " " + ref + " in " + item);
            }
        }

        UUID id = UUID.fromString(answer.path("assessmentId").asText());
        Map<String, String> row = audit.row(id).orElseThrow(() -> new AssertionError("no audit row for " + id));
        assertEquals("MDT_CASE", row.get("kind"));
        assertEquals("mdt-case-request/4", row.get("request_schema"));
        assertEquals(JSON.readTree(c.request()).path("caseReference").asText(), row.get("case_reference"));
        assertEquals(
                "candidacy=" + then.path("verdict").asText()
                        + (then.has("status")
                                ? " prescriptionCheck=" + then.path("status").asText()
                                : "")
                        + (then.has("procedureStatus")
                                ? " procedureCheck="
                                        + then.path("procedureStatus").asText()
                                : "")
                        + (then.has("followUpStatus")
                                ? " followUpCheck="
                                        + then.path("followUpStatus").asText()
                                : "")
                        + (then.has("trialStatus")
                                ? " trialEvaluation=" + then.path("trialStatus").asText()
                                : "")
                        + (then.has("trialPlanStatus")
                                ? " trialPlan=" + then.path("trialPlanStatus").asText()
                                : ""),
                row.get("outcome"));
        assertEquals(body, audit.body(id, "response_body").orElseThrow(), "stored byte for byte");
        String read = Api.request()
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(body, read, context + ": read back byte for byte");
        fullViewExpandsTheCalculations(id, context);
        fullViewReadsEachNotedFactWithItsText(id, context);
        fullViewWordsTheTrialStatusAndNextStep(id, concerns.path("trialEvaluation"), context);

        JsonNode replay = JSON.readTree(Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(replay.path("reproduced").asBoolean(), context + " replay: " + replay);
        assertEquals("MDT_CASE", replay.path("kind").asText(), context);
        assertEquals(replay.path("original"), replay.path("replayed"), context);
        assertEquals(row.get("outcome"), replay.path("replayed").path("outcome").asText(), context + " outcomes");
        for (JsonNode expected : then.path("findings")) {
            assertTrue(
                    replay.path("replayed")
                            .path("findings")
                            .toString()
                            .contains(" " + expected.path("ruleId").asText() + "@"),
                    context + " the replay names the rules of each concern: " + expected);
        }
        JsonNode alias = JSON.readTree(Api.request()
                .post("/api/v1/mdt-cases/" + id + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(replay.path("replayed"), alias.path("replayed"), context + " the MDT path is an alias");
        drugOptionsTexts(id, concerns.path("drugOptions"), context);

        Snapshots.check(c, body);
    }

    /**
     * The drug options carry keys and computed values only; the full view gives back their texts from the algorithm
     * file the answer names: the edition, each option's label (its drugs joined by " + ") and the track's missing
     * text, with the file itself in evidence.algorithms.
     */
    private static void drugOptionsTexts(UUID id, JsonNode options, String context) throws Exception {
        if (options.isMissingNode()) {
            return;
        }
        assertTrue(!options.has("edition") && options.path("notEncoded").isBoolean(), context + " " + options);
        options.path("lines").forEach(l -> l.path("options").forEach(o -> assertTrue(!o.has("label"), context)));
        JsonNode full = JSON.readTree(Api.request()
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode expanded = full.path("concerns").path("drugOptions");
        JsonNode file = full.path("evidence")
                .path("algorithms")
                .path(options.path("algorithm").asText());
        assertEquals(
                JSON.readTree(java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/main/resources/rules/dosing/pacc-2017-algorithm.json"))),
                file,
                context);
        assertEquals("PACC 2017", expanded.path("edition").asText(), context);
        JsonNode track = null;
        for (JsonNode t : file.path("tracks")) {
            boolean same = true;
            for (JsonNode p : options.path("position")) {
                same &= t.path("position").path(p.path("axis").asText()).equals(p.path("value"));
            }
            track = same ? t : track;
        }
        assertEquals(track.path("missing"), expanded.path("notEncoded"), context);
        for (JsonNode line : expanded.path("lines")) {
            for (JsonNode option : line.path("options")) {
                List<String> drugs = new ArrayList<>();
                option.path("drugs").forEach(d -> drugs.add(d.asText()));
                assertEquals(String.join(" + ", drugs), option.path("label").asText(), context);
            }
        }
    }

    /** Severity then concern, as one number: critical, warning, info; then Concern order. */
    private static int order(JsonNode item) {
        int severity = switch (item.path("severity").asText()) {
            case "critical" -> 0;
            case "warning" -> 1;
            case "info" -> 2;
            default -> 3;
        };
        return severity * 10 + Concern.valueOf(item.path("concern").asText()).ordinal();
    }

    /** Every finding of every item: the item itself and the findings merged into it. */
    private static List<JsonNode> parts(List<JsonNode> items) {
        List<JsonNode> parts = new ArrayList<>();
        for (JsonNode item : items) {
            parts.add(item);
            item.path("alsoFrom").forEach(parts::add);
        }
        return parts;
    }

    /** Each MDT case folder and, by section, the concern case folders its sections copy (without their case reference). */
    private static final Map<String, Map<String, String>> SECTION_SOURCES = Map.of(
            "seed000-case2-before-the-trial",
            Map.of("candidacy", "selection/cases/seed000-case2-colon-cancer-high-systemic-opioids"),
            "seed000-case2-after-the-morphine-trial",
            Map.of(
                    "candidacy", "selection/cases/seed000-case2-colon-cancer-high-systemic-opioids",
                    "trialEvaluation",
                            "trial/evaluation/cases/seed000-case2-morphine-bolus-with-94-percent-relief-without-a-site-threshold-local-policy-decides"),
            "seed000-case1-at-implant",
            Map.of(
                    "candidacy", "selection/cases/seed000-case1-melanoma-apixaban-sinus-bleeding",
                    "prescriptionCheck", "dosing/cases/seed000-case1-at-implant-as-printed-synthetic"),
            "psychosis-history-ziconotide-said-once",
            Map.of(
                    "candidacy", "selection/ziconotide/cases/psychosis-history-ziconotide-not-offered",
                    "prescriptionCheck",
                            "dosing/drug-choice/cases/ziconotide-with-a-history-of-psychosis-is-contraindicated"),
            "seed000-case1-before-implant-with-the-procedure-check",
            Map.of(
                    "candidacy", "selection/cases/seed000-case1-melanoma-apixaban-sinus-bleeding",
                    "procedureCheck", "safety/cases/seed000-case1-apixaban-with-a-dvt-before-implant"),
            "seed000-case1-after-implant-with-the-follow-up-check",
            Map.of(
                    "candidacy", "selection/cases/seed000-case1-melanoma-apixaban-sinus-bleeding",
                    "followUpCheck",
                            "safety/cases/seed000-case1-refill-with-loss-of-analgesia-radicular-pain-and-more-left-than-expected"));

    @Test
    void theSectionsAreTheConcernsOwnCaseRequests() throws Exception {
        assertEquals(
                SECTION_SOURCES.keySet(),
                Fixtures.all("mdt").stream().map(ClinicalCase::name).collect(java.util.stream.Collectors.toSet()),
                "every MDT case names the concern cases it is made of");
        for (var entry : SECTION_SOURCES.entrySet()) {
            JsonNode mdt = JSON.readTree(Fixtures.text("mdt/cases/" + entry.getKey() + "/request.json"));
            for (var section : entry.getValue().entrySet()) {
                ObjectNode source = (ObjectNode) JSON.readTree(Fixtures.text(section.getValue() + "/request.json"));
                source.remove("caseReference");
                assertEquals(
                        source, mdt.path(section.getKey()), entry.getKey() + ": the " + section.getKey() + " section");
            }
        }
    }

    @Test
    void aProcedureCheckSectionTheCheckRefusesIsNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(PROCEDURE_CASE));
        ((ObjectNode) request.path("procedureCheck").path("antithrombotics").get(0))
                .put("lastDose", "2026-12-15T08:00:00+01:00");
        long before = audit.count();
        post(request.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("procedureCheck.antithrombotics[0].lastDose"))
                .body("detail", containsString("nothing was assessed or stored"));
        assertEquals(before, audit.count(), "nothing stored");
    }

    @Test
    void aFollowUpCheckSectionTheCheckRefusesIsNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(FOLLOW_UP_CASE));
        ((ObjectNode) request.path("followUpCheck").path("pump").path("lastFill"))
                .put("at", "2026-12-06T10:00:00+01:00");
        ((ObjectNode) request.path("followUpCheck").path("event")).put("kind", "NO_SUCH_EVENT");
        long before = audit.count();
        post(request.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("followUpCheck.event.kind"));
        ((ObjectNode) request.path("followUpCheck").path("event")).put("kind", "REFILL");
        post(request.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("followUpCheck.pump.lastFill.at"))
                .body("detail", containsString("nothing was assessed or stored"));
        ObjectNode twice = (ObjectNode) JSON.readTree(Fixtures.text(FOLLOW_UP_CASE));
        ((ObjectNode) twice.path("followUpCheck")).put("caseReference", "again");
        post(twice.toString()).then().statusCode(400).body("errors[0].field", equalTo("followUpCheck.caseReference"));
        assertEquals(before, audit.count(), "nothing stored");
    }

    @Test
    void aTrialEvaluationSectionTheEvaluationRefusesIsNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(TRIAL_CASE));
        ((ObjectNode) request.path("trialEvaluation")).put("protocol", "no-such-protocol");
        long before = audit.count();
        post(request.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("trialEvaluation.protocol"))
                .body("detail", containsString("nothing was assessed or stored"));
        ObjectNode score = (ObjectNode) JSON.readTree(Fixtures.text(TRIAL_CASE));
        ((ObjectNode) score.path("trialEvaluation")).put("baselinePain", 11);
        post(score.toString()).then().statusCode(400).body("errors.field", hasItem("trialEvaluation.baselinePain"));
        ObjectNode twice = (ObjectNode) JSON.readTree(Fixtures.text(TRIAL_CASE));
        ((ObjectNode) twice.path("trialEvaluation")).put("caseReference", "again");
        post(twice.toString()).then().statusCode(400).body("errors[0].field", equalTo("trialEvaluation.caseReference"));
        assertEquals(before, audit.count(), "nothing stored");
    }

    @Test
    void aTrialPlanSectionTheTrialPlanRefusesIsNamedWithItsSection() throws Exception {
        String plan = "mdt/cases/seed000-case2-before-the-trial/request.json";
        ObjectNode protocol = (ObjectNode) JSON.readTree(Fixtures.text(plan));
        ((ObjectNode) protocol.path("trialPlan")).put("preferredProtocol", "no-such-protocol");
        long before = audit.count();
        post(protocol.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("trialPlan.preferredProtocol"))
                .body("detail", containsString("nothing was assessed or stored"));
        ObjectNode otherTime = (ObjectNode) JSON.readTree(Fixtures.text(plan));
        ((ObjectNode) otherTime.path("trialPlan")).put("trialDate", "2026-12-15T08:30:00+01:00");
        post(otherTime.toString())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("procedureCheck.procedure.plannedAt"));
        ObjectNode noDate = (ObjectNode) JSON.readTree(Fixtures.text(plan));
        ((ObjectNode) noDate.path("trialPlan")).remove("trialDate");
        post(noDate.toString()).then().statusCode(400).body("errors.field", hasItem("trialPlan.trialDate"));
        assertEquals(before, audit.count(), "nothing stored");
    }

    @Test
    void onlyAnMdtClinicianComposesACase() {
        for (String role : List.of(Roles.REFERRER, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER)) {
            long before = audit.count();
            Api.as(role)
                    .contentType(ContentType.JSON)
                    .body(Fixtures.text(SEED_CASE_1))
                    .post("/api/v1/mdt-cases")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            assertEquals(before, audit.count(), role + ": nothing stored");
        }
    }

    @Test
    void aBadFieldOfASectionIsRefusedNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        ((ObjectNode) request.path("candidacy").path("pain")).put("worstScore", 11);
        ((ObjectNode) request.path("prescriptionCheck").path("patient")).put("ageYears", -1);
        long before = audit.count();
        post(request.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("candidacy.pain.worstScore", "prescriptionCheck.patient.ageYears"))
                .body("detail", containsString("nothing was assessed or stored"));
        assertEquals(before, audit.count(), "nothing stored");
    }

    @Test
    void anUnknownFieldOfASectionIsRefusedNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        ((ObjectNode) request.path("drugOptions")).put("psychosis", false);
        post(request.toString()).then().statusCode(400).body("errors.field", hasItem("drugOptions.psychosis"));
        ObjectNode top = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        top.put("safety", "later");
        post(top.toString()).then().statusCode(400).body("errors.field", hasItem("safety"));
    }

    @Test
    void aSectionsOwnRefusalIsNamedWithItsSection() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        ((ObjectNode) request.path("drugOptions")).put("distribution", "EVERYWHERE");
        post(request.toString()).then().statusCode(400).body("errors.field", hasItem("drugOptions.distribution"));
        ObjectNode device = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        ((ObjectNode) device.path("prescriptionCheck")).put("deviceId", "no-such-pump");
        post(device.toString()).then().statusCode(400).body("errors.field", hasItem("prescriptionCheck.deviceId"));
        ObjectNode twice = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        ((ObjectNode) twice.path("candidacy")).put("caseReference", "again");
        post(twice.toString()).then().statusCode(400).body("errors[0].field", equalTo("candidacy.caseReference"));
        ObjectNode noCandidacy = (ObjectNode) JSON.readTree(Fixtures.text(SEED_CASE_1));
        noCandidacy.remove("candidacy");
        post(noCandidacy.toString()).then().statusCode(400).body("errors.field", hasItem("candidacy"));
    }

    @Test
    void theMdtReplayPathAnswersForMdtCasesOnly() {
        String candidacy = Api.request()
                .contentType(ContentType.JSON)
                .body(Fixtures.text("selection/cases/seed000-case1-melanoma-apixaban-sinus-bleeding/request.json"))
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.request().post("/api/v1/mdt-cases/" + candidacy + "/replay").then().statusCode(404);
        Api.request()
                .post("/api/v1/mdt-cases/" + UUID.randomUUID() + "/replay")
                .then()
                .statusCode(404);
    }

    @Test
    void whenTheAuditDatabaseFailsTheCaseIs503AndNoOutcomeLeaves() {
        long before = audit.count();
        assertTrue(audit.tryExecuteAsOwner("alter table assessment rename to assessment_offline")
                .isEmpty());
        try {
            post(Fixtures.text(SEED_CASE_1))
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body(org.hamcrest.Matchers.not(containsString("verdict")))
                    .body(org.hamcrest.Matchers.not(containsString("DO_NOT_USE")))
                    .body(org.hamcrest.Matchers.not(containsString("findings")));
        } finally {
            assertTrue(audit.tryExecuteAsOwner("alter table assessment_offline rename to assessment")
                    .isEmpty());
        }
        assertEquals(before, audit.count(), "durable before answered: no row, no answer");
    }

    @Test
    void theCaseReferenceIsStoredButNeverLogged() throws Exception {
        String marker = "MDT-REF-" + UUID.randomUUID();
        String id = post(Fixtures.text(SEED_CASE_1).replace("fixture-mdt-seed000-case1-at-implant", marker))
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        assertEquals(marker, audit.row(UUID.fromString(id)).orElseThrow().get("case_reference"), "stored");
        String log = java.nio.file.Files.readString(java.nio.file.Path.of("target/quarkus.log"));
        assertTrue(log.contains("MDT case " + id), "this case was logged, by its id");
        assertFalse(log.contains(marker), "case reference found in the log");
    }

    @Test
    void mdtCasesAreCountedByTheirKind() {
        post(Fixtures.text(SEED_CASE_1)).then().statusCode(200);
        String scrape = Api.management()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                scrape.lines()
                        .anyMatch(l -> l.startsWith("idds_assessments_total{")
                                && l.contains("kind=\"MDT_CASE\"")
                                && l.contains("outcome=\"CANDIDATE_WITH_PRECAUTIONS\"")
                                && !l.endsWith(" 0.0")),
                "an MDT case is counted under its own kind");
    }

    /**
     * The full view of an MDT case expands its prescription check's calculations from dosing's outcomes file, as the
     * full view of a prescription check does: each calculation's what and formula, each input's name and source, each
     * calculation not made its what and why.
     */
    private static void fullViewExpandsTheCalculations(UUID id, String context) throws Exception {
        JsonNode check = JSON.readTree(Api.request()
                        .get("/api/v1/assessments/" + id + "?view=full")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("concerns")
                .path("prescriptionCheck");
        for (JsonNode step : check.path("calculations")) {
            for (String field : List.of("what", "formula")) {
                assertTrue(step.path(field).isTextual(), context + ": " + field + " of " + step);
            }
            for (JsonNode input : step.path("inputs")) {
                for (String field : List.of("name", "fromText")) {
                    assertTrue(input.path(field).isTextual(), context + ": " + field + " of " + input);
                }
            }
        }
        for (JsonNode step : check.path("notCalculated")) {
            for (String field : List.of("what", "why")) {
                assertTrue(step.path(field).isTextual(), context + ": " + field + " of " + step);
            }
        }
    }

    /**
     * The full view of an MDT case gives each fact that names a note (a dosing fact's fixed wording, dosing's outcomes
     * file) its text, and every fact keeps its value; the selection facts name no note and are left as they are.
     */
    private static void fullViewReadsEachNotedFactWithItsText(UUID id, String context) throws Exception {
        JsonNode facts = JSON.readTree(Api.request()
                        .get("/api/v1/assessments/" + id + "?view=full")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("facts");
        facts.fields().forEachRemaining(fact -> {
            JsonNode f = fact.getValue();
            assertEquals(f.has("note"), f.path("text").isTextual(), context + ": facts." + fact.getKey() + " " + f);
            assertTrue(f.path("value").isTextual(), context + ": facts." + fact.getKey() + " keeps its value");
        });
    }

    /**
     * The trial evaluation's section carries its status only; the full view adds its words and its next step from the
     * trial outcomes file, as the full view of a trial evaluation does.
     */
    private static void fullViewWordsTheTrialStatusAndNextStep(UUID id, JsonNode trial, String context)
            throws Exception {
        if (trial.isMissingNode()) {
            return;
        }
        assertTrue(!trial.has("statusSummary") && !trial.has("nextStep"), context + " " + trial);
        JsonNode expanded = JSON.readTree(Api.request()
                        .get("/api/v1/assessments/" + id + "?view=full")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("concerns")
                .path("trialEvaluation");
        JsonNode outcomes = JSON.readTree(java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/main/resources/rules/trial/outcomes.json")))
                .path("evaluation");
        String status = trial.path("status").asText();
        assertEquals(outcomes.path("statusSummaries").path(status), expanded.path("statusSummary"), context);
        assertEquals(outcomes.path("nextSteps").path(status), expanded.path("nextStep"), context);
    }

    private static io.restassured.response.Response post(String body) {
        return Api.request().contentType(ContentType.JSON).body(body).post("/api/v1/mdt-cases");
    }
}
