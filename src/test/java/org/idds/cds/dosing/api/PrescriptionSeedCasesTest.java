package org.idds.cds.dosing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The prescriptions of seed 000 (case studies 1 and 3) and the worked examples through the API, against the
 * bundled device models and drug library, numbers to the stated precision.
 */
@QuarkusTest
class PrescriptionSeedCasesTest {

    private static final String SEED1_CONTENTS = """
            "contents": [{"drug": "hydromorphone", "concentration": {"value": 1000, "unit": "ug/mL"}},
                         {"drug": "ropivacaine", "concentration": {"value": 2500, "unit": "ug/mL"}},
                         {"drug": "clonidine", "concentration": {"value": 75, "unit": "ug/mL"}}]""";

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/prescription-checks")
                .then()
                .statusCode(200);
    }

    @Test
    void morphineThatWouldLastAYearIsDueNoLaterThanTheLongestCitedStability() {
        // 1 mg/d at 10 mg/mL in 40 mL: 360 days to the refill-by volume at the programmed rate; no stability study
        // or label covers that, so the refill is due by day 90 with a warning and its basis
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 40, "unit": "mL"}}}
                """)
                .body("calculations.find { it.id == 'daysToRefillByVolume' }.result", equalTo(360))
                .body("calculations.find { it.id == 'refillDue' }.result", equalTo(90))
                .body("refillDue", equalTo("2027-03-01"))
                .body("findings.find { it.rule == 'DOS-RF-005' }.severity", equalTo("warning"))
                .body("findings.find { it.rule == 'DOS-RF-005' }.figures.key", hasItem("dosing.refill.maxInterval"))
                .body(
                        "findings.find { it.rule == 'DOS-RF-005' }.figures.find { it.key == "
                                + "'dosing.refill.maxInterval' }.verified",
                        equalTo(false))
                .body("findings.find { it.rule == 'DOS-RF-005' }.citations.source", hasItem("CLASSEN2004"));
    }

    @Test
    void ziconotideWithTheDilutionNotGivenIsRefilledWithinFortyDays() {
        // 1.2 ug/d at 5 ug/mL: not a strength Prialt is supplied in, and the request does not say how it was made
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "ziconotide", "concentration": {"value": 5, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 1.2, "unit": "ug/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 40, "unit": "mL"}},
                 "patient": {"psychosisHistory": false}}
                """)
                .body("calculations.find { it.id == 'labelRefillLimit.ziconotide' }.result", equalTo(40))
                .body(
                        // "diluted, or the dilution not known (...)", by key
                        "calculations.find { it.id == 'labelRefillLimit.ziconotide' }.parts.text",
                        hasItem("labelRefill.DILUTED"))
                .body("refillDue", equalTo("2027-01-10"))
                .body("findings.find { it.rule == 'DOS-RF-003' }.severity", equalTo("warning"))
                .body(
                        "findings.find { it.rule == 'DOS-RF-003' }.figures.key",
                        hasItem("library.ziconotide.refillInterval.DILUTED"))
                .body("findings.rule", not(hasItem("DOS-RF-005")));
    }

    @Test
    void aPlannedNinetyNineDayIntervalAgainstAHundredDaysToEmptyIsFlagged() {
        // Prometra II (no alarm recorded): 10 mg/d at 25 mg/mL is 0.4 mL/d, empty on day 100 at the programmed rate
        check("""
                {"context": "CONTINUATION", "deviceId": "prometra-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 25, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 10, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 40, "unit": "mL"}},
                 "plannedRefillInterval": {"value": 99, "unit": "d"}}
                """)
                .body("calculations.find { it.id == 'daysToEmpty' }.result", equalTo(100))
                .body("calculations.find { it.id == 'daysToRefillByVolumeWorstCase' }.result", equalTo(78.3f))
                .body("findings.find { it.rule == 'DOS-DV-005' }.severity", equalTo("warning"))
                .body("findings.find { it.rule == 'DOS-DV-005' }.facts", hasItem("derived.reservoirRefillByInterval"));
        // the external system records no alarm, reservoir or accuracy: 1 mL/d from 100 mL, refill-by on day 96
        check("""
                {"context": "CONTINUATION", "deviceId": "external-intrathecal-system",
                 "contents": [{"drug": "morphine", "concentration": {"value": 2, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 2, "unit": "mg/d"}},
                 "fill": {"date": "2026-12-01", "volume": {"value": 100, "unit": "mL"}},
                 "plannedRefillInterval": {"value": 99, "unit": "d"}}
                """)
                .body("calculations.find { it.id == 'daysToAlarm' }.result", equalTo(100))
                .body("calculations.find { it.id == 'daysToRefillByVolume' }.result", equalTo(96))
                .body("findings.find { it.rule == 'DOS-DV-005' }.severity", equalTo("warning"));
    }

    @Test
    void aConcentrationAndADailyDoseAboveTheLibraryMaximaAreBothFlaggedWithCitations() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 25, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 20, "unit": "mg/d"}}}
                """)
                .body("status", equalTo("REVIEW_BEFORE_USE"))
                .body("findings.find { it.rule == 'DOS-LM-001' }.severity", equalTo("warning"))
                .body(
                        "findings.find { it.rule == 'DOS-LM-001' }.figures.key",
                        hasItem("library.morphine.maxConcentration"))
                .body("findings.find { it.rule == 'DOS-LM-003' }.figures.key", hasItem("library.morphine.maxDailyDose"))
                .body("findings.find { it.rule == 'DOS-LM-003' }.citations", not(empty()))
                .body(
                        "findings.find { it.rule == 'DOS-LM-003' }.figures.find { it.key == "
                                + "'library.morphine.maxDailyDose' }.citations",
                        not(empty()));
    }

    @Test
    void twoHundredMilligramsADayOfIntrathecalHydromorphoneIsALikelyUnitError() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "hydromorphone", "concentration": {"value": 10, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "hydromorphone", "dailyDose": {"value": 200, "unit": "mg/d"}}}
                """)
                .body("status", equalTo("DO_NOT_USE_AS_WRITTEN"))
                .body("findings.find { it.rule == 'DOS-LM-007' }.severity", equalTo("critical"))
                .body("findings.rule", not(hasItem("DOS-LM-003")))
                .body("findings.find { it.rule == 'DOS-LM-007' }.summary", containsString("unit or decimal error"))
                .body("statusSummary", containsString("1 critical finding"))
                .body(
                        "findings.find { it.rule == 'DOS-LM-007' }.figures.key",
                        hasItem("library.hydromorphone.implausibleDailyDose"));
    }

    @Test
    void ziconotideTitratedFasterThanItsLabelIsFlagged() {
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml", "startsOn": "2026-12-03",
                 "contents": [{"drug": "ziconotide", "concentration": {"value": 25, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 6, "unit": "ug/d"}},
                 "previous": {"basalDailyDose": {"value": 2.4, "unit": "ug/d"}, "startedOn": "2026-12-01"},
                 "patient": {"psychosisHistory": false}}
                """)
                .body(
                        "findings.find { it.rule == 'DOS-TI-004' }.figures.key",
                        hasItem("library.ziconotide.titration[0].maxIncrease"))
                .body("findings.find { it.rule == 'DOS-TI-004' }.citations.source", hasItem("PRIALT_US_LABEL"));
        check("""
                {"context": "CONTINUATION", "deviceId": "synchromed-ii-40ml", "startsOn": "2026-12-15",
                 "contents": [{"drug": "ziconotide", "concentration": {"value": 25, "unit": "ug/mL"}}],
                 "basalDose": {"drug": "ziconotide", "dailyDose": {"value": 2.9, "unit": "ug/d"}},
                 "previous": {"basalDailyDose": {"value": 2.4, "unit": "ug/d"}, "startedOn": "2026-12-01"},
                 "patient": {"psychosisHistory": false}}
                """).body("findings.rule", not(hasItem("DOS-TI-004")));
    }

    @Test
    void aPrometraShowsTheRefillDateItsOwnProgrammerWouldGive() {
        // 20 mg/mL morphine at 1 mg/d with 0.1 mg boluses up to 5 a day: 0.075 mL/d with every bolus;
        // Prometra dates the refill when 3.0 mL are left: (20 - 3) / 0.075 = 226.7 days
        check("""
                {"context": "CONTINUATION", "deviceId": "prometra-ii-20ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 20, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 1, "unit": "mg/d"}},
                 "bolus": {"dose": {"value": 0.1, "unit": "mg"}, "maxPerDay": 5},
                 "fill": {"date": "2026-12-01", "volume": {"value": 20, "unit": "mL"}}}
                """)
                .body("calculations.find { it.id == 'maxVolume' }.result", equalTo(0.075f))
                .body("calculations.find { it.id == 'programmerRefillDate' }.result", equalTo(226.7f))
                .body("calculations.find { it.id == 'programmerRefillDate' }.inputs.from", hasItem("deviceModel"));
    }
}
