package org.idds.cds.safety.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The follow-up-check endpoint beyond its cases: a check is stored as a FOLLOW_UP_CHECK, replays through the one
 * replay endpoint to the same status and findings, and reads back in full with the status and rule texts of the
 * ruleset; bad input is a problem+json naming each bad field (implausible volumes and dates refused), and nothing is
 * checked.
 */
@QuarkusTest
class FollowUpCheckTest {

    private static final String UNDER_INFUSION = Fixtures.text("safety/device-events/cases/refill-of-a-40-ml-fill-with"
            + "-12-ml-aspirated-where-4-ml-was-expected-is-an-under-infusion/request.json");

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/follow-up-checks")
                .then();
    }

    @Test
    void aCheckIsStoredReplaysToTheSameAnswerAndReadsInFull() {
        String id = check(UNDER_INFUSION)
                .statusCode(200)
                .body("kind", equalTo("FOLLOW_UP_CHECK"))
                .body("status", equalTo("ACT_NOW"))
                .body("findings[0].rule", equalTo("SAF-DE-002"))
                .body("refillVolumes.find { it.name == 'expectedAspirableVolume' }.value", equalTo("4"))
                .body("$", not(org.hamcrest.Matchers.hasKey("statusSummary")))
                .extract()
                .path("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("kind", equalTo("FOLLOW_UP_CHECK"))
                .body("reproduced", equalTo(true))
                .body("replayed.outcome", equalTo("ACT_NOW"))
                .body("replayed.findings", hasItems(startsWith("SAF-DE-002@"), startsWith("SAF-DE-020@")));
        Api.request()
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .body("statusSummary", startsWith("Act now"))
                .body("disclaimer", startsWith("Decision support for the MDT"))
                .body("findings.find { it.rule == 'SAF-DE-002' }.ruleTitle", startsWith("More left in the reservoir"))
                .body("evidence.sources.MEDTRONIC_FSN_2016_OVERINFUSION.label", notNullValue());
    }

    /** The therapy's history is refused naming its field: a start after the event, a dose of a drug not in the pump. */
    @Test
    void aTherapyHistoryThatCannotBeReadIsRefusedNamingItsField() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var request = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Fixtures.text(
                "safety/granuloma/cases/long-therapy-and-a-doubled-yearly-dose-are-shown-and-local-policy-decides"
                        + "-until-the-site-sets-thresholds/request.json"));
        var therapy = (com.fasterxml.jackson.databind.node.ObjectNode) request.path("therapy");
        therapy.put("startedOn", "2026-12-15");
        check(request.toString()).statusCode(400).body("errors.field", hasItems("therapy.startedOn"));
        therapy.put("startedOn", "2023-09-01");
        ((com.fasterxml.jackson.databind.node.ObjectNode) therapy.path("dailyDoseAYearAgo")).put("drug", "morphine");
        check(request.toString()).statusCode(400).body("errors.field", hasItems("therapy.dailyDoseAYearAgo.drug"));
    }

    @Test
    void badInputNamesEachFieldAndChecksNothing() {
        check("""
                        {"event": {"kind": "IMPLANT", "at": "14/12/2026 10:00"},
                         "pump": {"deviceId": "", "basalVolume": {"value": 400, "unit": "mL/d"}},
                         "refill": {"aspirated": {"value": -1, "unit": "mL"}}}
                        """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("event.kind", "event.at", "pump.deviceId", "pump.basalVolume.value"))
                .body(not(containsString("Exception")));
        String refill = """
                {"event": {"kind": "REFILL", "at": "2026-12-14T10:00:00+01:00"},
                 "pump": {"deviceId": "synchromed-ii-40ml", "basalVolume": {"value": 0.5, "unit": "mL/d"},
                          "lastFill": {"at": "%s", "volume": {"value": %s, "unit": "mL"}}},
                 "refill": {"aspirated": {"value": %s, "unit": "mL"}}}
                """;
        check(refill.formatted("2026-12-15T10:00:00+01:00", 40, 4))
                .statusCode(400)
                .body("errors.field", hasItem("pump.lastFill.at"))
                .body("errors.message", hasItem("is not before the event"));
        check(refill.formatted("2026-10-03T10:00:00+01:00", 60, 4))
                .statusCode(400)
                .body("errors.field", hasItem("pump.lastFill.volume"))
                .body("errors.message", hasItem(containsString("40 mL reservoir")));
        check(refill.formatted("2026-10-03T10:00:00+01:00", 20, 30))
                .statusCode(400)
                .body("errors.field", hasItem("refill.aspirated"));
        check("""
                        {"event": {"kind": "REFILL", "at": "2026-12-14T10:00:00+01:00"},
                         "pump": {"deviceId": "synchromed-ii-40ml"},
                         "refill": {"aspirated": {"value": 4, "unit": "mL"}}}
                        """).statusCode(400).body("errors.field", hasItem("pump.lastFill"));
        check("""
                        {"event": {"kind": "FOLLOW_UP_VISIT", "at": "2026-12-14T10:00:00+01:00"},
                         "pump": {"deviceId": "synchromed-ii-40ml"},
                         "refill": {"changes": {"rate": true}}}
                        """).statusCode(400).body("errors.field", hasItem("refill"));
        check("""
                        {"event": {"kind": "REFILL", "at": "2026-12-14T10:00:00+01:00"},
                         "pump": {"deviceId": "synchromed-ii-40ml",
                                  "contents": [{"drug": "morfine", "concentration": {"value": 10, "unit": "mg/mL"}}]}}
                        """).statusCode(400).body("errors.field", hasItem("pump.contents[0].drug"));
        check("""
                        {"event": {"kind": "REFILL", "at": "2026-12-14T10:00:00+01:00"},
                         "pump": {"deviceId": "synchromed-ii-40ml"}, "unexpected": true}
                        """).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRevisionReadsTheRespiratoryRiskAndTakesNoRefill() {
        String pump = """
                "pump": {"deviceId": "synchromed-ii-40ml",
                         "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}]}""";
        Api.request()
                .contentType(ContentType.JSON)
                .body("{\"event\": {\"kind\": \"REVISION\", \"at\": \"2026-12-14T14:00:00+01:00\"}," + pump
                        + ", \"patient\": {\"respiratoryRisk\": {\"concurrentMedications\": [\"pregabalin\"]}}}")
                .post("/api/v1/follow-up-checks")
                .then()
                .statusCode(200)
                .body("findings.rule", hasItems("SAF-RD-004", "SAF-RD-010"))
                .body("findings.find { it.rule == 'SAF-RD-004' }.statement", equalTo("opioidOverdose.signsAndNaloxone"))
                .body(
                        "findings.find { it.rule == 'SAF-RD-010' }.facts",
                        hasItem("patient.respiratoryRisk.concurrentMedications[pregabalin]"));
        Api.request()
                .contentType(ContentType.JSON)
                .body("{\"event\": {\"kind\": \"REVISION\", \"at\": \"2026-12-14T14:00:00+01:00\"}," + pump
                        + ", \"refill\": {\"changes\": {\"rate\": true}}}")
                .post("/api/v1/follow-up-checks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("refill"));
        Api.request()
                .contentType(ContentType.JSON)
                .body("{\"event\": {\"kind\": \"REVISION\", \"at\": \"2026-12-14T14:00:00+01:00\"}," + pump
                        + ", \"patient\": {\"respiratoryRisk\": {\"concurrentMedications\": [\"nosuchdrug\"]}}}")
                .post("/api/v1/follow-up-checks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("patient.respiratoryRisk.concurrentMedications[0]"));
    }

    @Test
    void antithromboticsStartedSinceTheImplantAreReadFromTheCatalogueAndRefusedByField() {
        String visit = """
                {"event": {"kind": "FOLLOW_UP_VISIT", "at": "2026-12-14T10:00:00+01:00"},
                 "pump": {"deviceId": "synchromed-ii-40ml",
                          "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}]},
                 "patient": {"antithromboticsStartedSinceImplant": %s}}""";
        check(visit.formatted("[\"apixaban\", \"clopidogrel\"]"))
                .statusCode(200)
                .body(
                        "findings.find { it.rule == 'SAF-DS-015' }.facts",
                        hasItems(
                                "patient.antithromboticsStartedSinceImplant[apixaban]",
                                "patient.antithromboticsStartedSinceImplant[clopidogrel]"));
        check(visit.formatted("[]")).statusCode(200).body("findings.rule", not(hasItem("SAF-DS-015")));
        check(visit.formatted("[\"apixaban\", \"apixabam\"]"))
                .statusCode(400)
                .body("errors.field", hasItem("patient.antithromboticsStartedSinceImplant[1]"));
        check(visit.formatted("[\"morphine\"]"))
                .statusCode(400)
                .body("errors.field", hasItem("patient.antithromboticsStartedSinceImplant[0]"));
        check(visit.formatted("[\"apixaban\", \"Apixaban\"]"))
                .statusCode(400)
                .body("errors.field", hasItem("patient.antithromboticsStartedSinceImplant[1]"));
    }
}
