package org.idds.cds.dosing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Prescription checks through the API: the calculations with their steps, the findings with their rules, stored and
 * replayable, and bad input refused by field.
 */
@QuarkusTest
class PrescriptionCheckTest {

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/prescription-checks")
                .then();
    }

    @Test
    void morphineInAFortyMillilitrePumpShowsEveryStepAndTheRefillDate() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 20, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 5, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 40, "unit": "mL"}}}
                """)
                .statusCode(200)
                .body("kind", equalTo("PRESCRIPTION_CHECK"))
                .body("calculations.find { it.id == 'basalVolume' }.result", equalTo(0.25f))
                .body("calculations.find { it.id == 'basalVolume' }.unit", equalTo("mL/d"))
                // "daily dose of morphine / its concentration", by key (the words are the outcomes file's)
                .body(
                        "calculations.find { it.id == 'basalVolume' }.text",
                        equalTo("basalVolume.fromDailyDose.morphine"))
                .body("calculations.find { it.id == 'daysToAlarm' }.result", equalTo(152))
                .body("calculations.find { it.id == 'daysToRefillByVolume' }.result", equalTo(144))
                .body(
                        "calculations.find { it.id == 'daysToRefillByVolume' }.inputs.figure",
                        hasItem("dosing.refillBy.volume"))
                // 144 days at the programmed rate, 125.8 at the worst case: beyond any studied stability, so due
                // by the longest cited one (90 days)
                .body("calculations.find { it.id == 'daysToRefillByVolumeWorstCase' }.result", equalTo(125.8f))
                .body("refillDue", equalTo("2027-03-01"))
                .body("findings.rule", hasItem("DOS-RF-005"))
                .body("findings.rule", hasItem("DOS-RF-004"))
                .body("findings.find { it.rule == 'DOS-RF-004' }.figures.key", hasItem("dosing.refillBy.volume"));
    }

    @Test
    void aWrittenRateThatDisagreesWithTheDoseIsCritical() {
        // 700 ug/d of hydromorphone at 1,000 ug/mL is 0.7 mL/d, not 7 mL/d: a tenfold slip
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "hydromorphone", "concentration": {"value": 1000, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "hydromorphone", "dailyDose": {"value": 700, "unit": "ug/d"}},
                 "basalVolume": {"value": 7, "unit": "mL/d"}}
                """)
                .statusCode(200)
                .body("status", equalTo("DO_NOT_USE_AS_WRITTEN"))
                .body("findings.find { it.rule == 'DOS-DV-003' }.severity", equalTo("critical"))
                .body("findings.find { it.rule == 'DOS-DV-003' }.summary", containsString("does not match"))
                .body("statusSummary", containsString("1 critical finding"));
    }

    @Test
    void aRateBelowThePumpsLowestRateAndAnOverfullReservoirCannotBeDelivered() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 25, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 0.5, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 45, "unit": "mL"}}}
                """)
                .statusCode(200)
                .body("status", equalTo("DO_NOT_USE_AS_WRITTEN"))
                .body("findings.rule", hasItem("DOS-DV-001"))
                .body("findings.rule", hasItem("DOS-DV-004"))
                .body(
                        "findings.find { it.rule == 'DOS-DV-001' }.figures.key",
                        hasItem("device.synchromed-ii-40ml.flowRate.min"));
    }

    @Test
    void ziconotideWithAHistoryOfPsychosisIsCritical() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "Prialt", "concentration": {"value": 25, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 2.4, "unit": "ug/d"}},
                 "patient": {"psychosisHistory": true}}
                """)
                .statusCode(200)
                .body("status", equalTo("DO_NOT_USE_AS_WRITTEN"))
                .body("findings.find { it.rule == 'DOS-DC-001' }.citations.source", hasItem("PRIALT_US_LABEL"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "ziconotide", "concentration": {"value": 25, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 2.4, "unit": "ug/d"}},
                 "patient": {"psychosisHistory": false}}
                """).statusCode(200).body("findings.rule", not(hasItem("DOS-DC-001")));
    }

    @Test
    void ziconotideWithThePsychosisHistoryNotGivenWaitsForItAndAlwaysCarriesTheMonitoringAdvice() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "Prialt", "concentration": {"value": 25, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 20, "unit": "ug/d"}}}
                """)
                .statusCode(200)
                .body("status", equalTo("DO_NOT_USE_AS_WRITTEN"))
                .body("findings.find { it.rule == 'DOS-DC-002' }.severity", equalTo("critical"))
                .body("facts['patient.psychosisHistory'].value", equalTo("not given"))
                .body("findings.find { it.rule == 'DOS-DC-003' }.severity", equalTo("info"))
                // 20 ug/d: above the US label's 19.2 that applies by default; the EU SmPC's 21.6 is shown beside it
                .body("findings.find { it.rule == 'DOS-LM-004' }.severity", equalTo("critical"))
                .body(
                        "findings.find { it.rule == 'DOS-LM-004' }.figures.key",
                        hasItem("library.ziconotide.maxDailyDose"))
                .body("findings.find { it.rule == 'DOS-LM-004' }.citations.source", hasItem("PRIALT_EU_SMPC"))
                .body("findings.rule", not(hasItem("DOS-DV-006")));
    }

    @Test
    void aBolusWrittenAsAVolumeIsJudgedAsItsDoseAgainstTheBasalDose() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "bolus": {"volume": {"value": 0.05, "unit": "mL"}, "lockout": {"value": 2, "unit": "h"},
                           "maxPerDay": 24}}
                """)
                .statusCode(200)
                .body("calculations.find { it.id == 'bolusDose' }.result", equalTo(0.5f))
                .body("facts['derived.bolus.hoursOfBasal'].value", equalTo("12.0"))
                .body("facts['derived.bolus.lockoutTimesMaxPerDay'].value", equalTo("48"));
    }

    @Test
    void aCheckIsStoredAndReplaysToTheSameStatusAndFindings() {
        String id = check("""
                        {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                         "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                         "basalDose": {"drug": "morphine", "dailyDose": {"value": 1.0, "unit": "mg/d"}},
                         "bolus": {"dose": {"value": 0.2, "unit": "mg"}, "maxPerDay": 6},
                         "previous": {"basalDailyDose": {"value": 0.7, "unit": "mg/d"},
                                      "bolusDose": {"value": 0.1, "unit": "mg"}, "bolusMaxPerDay": 4}}
                        """)
                .statusCode(200)
                .body("calculations.find { it.id == 'titration.basal' }.result", equalTo(42.9f))
                .body("calculations.find { it.id == 'titration.maxDaily' }.result", equalTo(100))
                .body("findings.rule", hasItems("DOS-TI-001", "DOS-TI-002"))
                .body("findings.rule", not(hasItem("DOS-TI-003")))
                .extract()
                .path("assessmentId");
        Api.request()
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("PRESCRIPTION_CHECK"));
        // the one replay, and the prescription-check path as its alias: the same answer
        String replayed = Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("kind", equalTo("PRESCRIPTION_CHECK"))
                .body("reproduced", equalTo(true))
                .body("replayed.findings", hasItems(startsWith("DOS-TI-001@"), startsWith("DOS-TI-002@")))
                .extract()
                .asString();
        Api.request()
                .post("/api/v1/prescription-checks/" + id + "/replay")
                .then()
                .statusCode(200)
                .body(equalTo(replayed));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        check("""
                {"context": "CONTINUATION", "deviceId": "no-such-pump",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}}}
                """).statusCode(400).body("errors[0].field", equalTo("deviceId"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/L"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}}}
                """).statusCode(400).body("errors[0].field", equalTo("contents[0].concentration.unit"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "oxycodone", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "oxycodone", "dailyDose": {"value": 1, "unit": "mg/d"}}}
                """)
                .statusCode(400)
                .body("errors[0].field", equalTo("contents[0].drug"))
                .body("errors[0].message", containsString("no intrathecal route"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}]}
                """).statusCode(400).body("errors[0].field", equalTo("basalDose"));
    }

    @Test
    void aTwentyFourHourScheduleIsSummedPeriodByPeriod() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "schedule": [
                   {"from": "00:00", "until": "08:00", "drug": "morphine", "dailyRate": {"value": 1.0, "unit": "mg/d"}},
                   {"from": "08:00", "until": "20:00", "drug": "morphine", "dailyRate": {"value": 0.5, "unit": "mg/d"}},
                   {"from": "20:00", "until": "00:00", "drug": "morphine", "dailyRate": {"value": 1.0, "unit": "mg/d"}}]}
                """)
                .statusCode(200)
                .body("calculations.find { it.id == 'basalVolume' }.result", equalTo(0.075f))
                .body("calculations.find { it.id == 'basalVolume' }.text", equalTo("basalVolume.fromSchedule"))
                .body("calculations.find { it.id == 'dailyDose.morphine' }.result", equalTo(0.75f));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "schedule": [
                   {"from": "00:00", "until": "20:00", "drug": "morphine", "dailyRate": {"value": 1.0, "unit": "mg/d"}}]}
                """)
                .statusCode(400)
                .body("errors[0].field", equalTo("schedule"))
                .body("errors[0].message", containsString("1200 minutes"));
    }

    @Test
    void aPrescriptionWithoutItsContextIsRefusedNamingTheField() {
        check("""
                {"deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}}}
                """).statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("context"));
    }

    @Test
    void aStartWithoutTheOpioidStatusIsRefusedNamingTheField() {
        check("""
                {"context": "FIRST_DOSE", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 0.5, "unit": "mg/d"}}}
                """).statusCode(400).body("errors[0].field", equalTo("patient.opioidStatus"));
    }

    @Test
    void aChangeOfDrugWithoutThePreviousContentsIsRefusedNamingTheField() {
        check("""
                {"context": "DRUG_OR_CONCENTRATION_CHANGE", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "hydromorphone", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "hydromorphone", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "previous": {"basalDailyDose": {"value": 5, "unit": "mg/d"}, "drug": "morphine"}}
                """).statusCode(400).body("errors[0].field", equalTo("previous.contents"));
    }

    @Test
    void aDoseOnlyCheckRefusesReservoirFieldsAndABolusVolumeWithoutConcentration() {
        check("""
                {"context": "CONTINUATION",
                 "contents": [{"drug": "morphine"}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 20, "unit": "mL"}}}
                """).statusCode(400).body("errors[0].field", equalTo("fill"));
        check("""
                {"context": "CONTINUATION",
                 "contents": [{"drug": "morphine"}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "bolus": {"volume": {"value": 0.1, "unit": "mL"}, "maxPerDay": 4}}
                """).statusCode(400).body("errors[0].field", equalTo("bolus.volume"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine"}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}}}
                """).statusCode(400).body("errors[0].field", equalTo("contents[0].concentration"));
    }

    @Test
    void aBolusGivenAsAVolumeIsTheSameDoseAsTheBolusGivenAsADose() {
        String asVolume = """
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 2, "unit": "mg/d"}},
                 "bolus": {"volume": {"value": 0.02, "unit": "mL"}, "maxPerDay": 4}}
                """;
        check(asVolume)
                .statusCode(200)
                .body("calculations.find { it.id == 'bolusDose' }.result", equalTo(0.2f))
                .body("calculations.find { it.id == 'bolusDose' }.unit", equalTo("mg"))
                .body("calculations.find { it.id == 'maxDailyDose.morphine' }.result", equalTo(2.8f));
    }
}
