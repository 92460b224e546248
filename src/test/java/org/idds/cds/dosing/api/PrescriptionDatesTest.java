package org.idds.cds.dosing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.idds.cds.audit.AssessmentColumns;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every date of a prescription check is bounded (tests check on 2026-12-01, FixedCheckClock): a fill or start from
 * 31 days before to 366 days after the day of the check, a previous prescription within 10 years before the new one
 * and never after it, ISO dates only. Each refusal is a 400 naming the field, never a 500; a stored row the bounds
 * refuse replays as a 409.
 */
@QuarkusTest
class PrescriptionDatesTest {

    @Inject
    AssessmentStore store;

    private static String request(String fillDate, String startsOn, String previousStartedOn) {
        return """
                {"context": "DOSE_INCREASE", "deviceId": "synchromed-ii-40ml",
                 "contents": [{"drug": "morphine", "concentration": {"value": 20, "unit": "mg/mL"}}],
                 "basalDose": {"drug": "morphine", "dailyDose": {"value": 5, "unit": "mg/d"}},
                 "previous": {"basalDailyDose": {"value": 4.5, "unit": "mg/d"}%s},
                 "fill": {"date": %s, "volume": {"value": 40, "unit": "mL"}}%s}
                """.formatted(
                        previousStartedOn == null ? "" : ", \"startedOn\": " + previousStartedOn,
                        fillDate,
                        startsOn == null ? "" : ", \"startsOn\": " + startsOn);
    }

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/prescription-checks")
                .then();
    }

    @Test
    void datesInsideTheirWindowsAreChecked() {
        check(request("\"2026-12-01\"", "\"2026-12-03\"", "\"2026-10-01\""))
                .statusCode(200)
                .body("refillDue", equalTo("2027-03-01"));
        // the window's edges: 31 days before and 366 days after the check, the previous one 10 years before
        check(request("\"2026-10-31\"", null, "\"2016-10-31\"")).statusCode(200);
        check(request("\"2027-12-02\"", null, null)).statusCode(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the extremes of the calendar: a 500 and a refill due in year -999999999 before
                "fill.date | \"+999999999-12-31\" | | ",
                "fill.date | \"0000-01-01\" | | ",
                "fill.date | \"-999999999-01-01\" | | ",
                // just outside the window
                "fill.date | \"2026-10-30\" | | ",
                "fill.date | \"2027-12-03\" | | ",
                "startsOn | \"2026-12-01\" | \"+999999999-12-31\" | ",
                "startsOn | \"2026-12-01\" | \"2025-01-01\" | ",
                "previous.startedOn | \"2026-12-01\" | | \"0000-01-01\"",
                "previous.startedOn | \"2026-12-01\" | | \"2016-11-30\"",
                "previous.startedOn | \"2026-12-01\" | | \"+999999999-12-31\"",
                // a previous prescription that starts after the new one
                "previous.startedOn | \"2026-12-01\" | | \"2026-12-02\"",
                "previous.startedOn | \"2026-12-01\" | \"2026-12-03\" | \"2026-12-04\"",
            })
    void aDateOutsideItsWindowIsRefusedNamingTheField(
            String field, String fillDate, String startsOn, String previousStartedOn) {
        check(request(fillDate, startsOn, previousStartedOn))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a date-time is not cut to its date
                "fill.date | \"2026-12-01T10:00:00\" | | ",
                "fill.date | \"2026-12-01T10:00:00Z\" | | ",
                "fill.date | \"2026-12-01 10:00\" | | ",
                "fill.date | 20260 | | ",
                "fill.date | [2026, 12, 1] | | ",
                "fill.date | \"01/12/2026\" | | ",
                "fill.date | \"2026-12-1\" | | ",
                "fill.date | \"2026-02-30\" | | ",
                "startsOn | \"2026-12-01\" | \"2026-12-03T00:00:00\" | ",
                "previous.startedOn | \"2026-12-01\" | | \"2026-10-01T08:00\"",
            })
    void anythingButAnIsoDateIsRefusedNamingTheField(
            String field, String fillDate, String startsOn, String previousStartedOn) {
        check(request(fillDate, startsOn, previousStartedOn))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aStoredRowTheBoundsRefuseReplaysAsAConflict() {
        String id = check(request("\"2026-12-01\"", null, "\"2026-10-01\""))
                .statusCode(200)
                .extract()
                .path("assessmentId");
        StoredAssessment made = store.find(UUID.fromString(id)).orElseThrow();
        // stored before the bounds: a fill date of year 0, and (separately) a previous one after the new one
        for (String[] change : new String[][] {
            {"\"date\":\"2026-12-01\"", "\"date\":\"0000-01-01\"", "fill.date"},
            {"\"startedOn\":\"2026-10-01\"", "\"startedOn\":\"2027-01-01\"", "previous.startedOn"},
            {"\"date\":\"2026-12-01\"", "\"date\":\"+999999999-12-31\"", "fill.date"}
        }) {
            if (!made.requestJson().contains(change[0])) {
                throw new AssertionError("stored request lacks " + change[0] + ": " + made.requestJson());
            }
            StoredAssessment old = copy(made, made.requestJson().replace(change[0], change[1]));
            store.append(old);
            Api.request()
                    .post("/api/v1/prescription-checks/" + old.id() + "/replay")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(change[2]));
        }
        // the stored instant, not the clock at replay, is what the dates are judged against: the row as made replays
        Api.request()
                .post("/api/v1/prescription-checks/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("reproduced", equalTo(true));
        // made five years later than its fill date: refused at replay, whatever today's date
        StoredAssessment late = new StoredAssessment(
                new AssessmentColumns(
                        UUID.randomUUID(),
                        made.kind(),
                        made.outcome(),
                        made.createdAt().plus(java.time.Duration.ofDays(5 * 365)),
                        made.rulesetVersion(),
                        made.rulesetHash(),
                        made.caseReference()),
                made.requestJson(),
                made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                made.responseSchema());
        store.append(late);
        Api.request()
                .post("/api/v1/prescription-checks/" + late.id() + "/replay")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("fill.date"))
                // the field, never the stored value: governance may replay, and sees no patient data
                .body("errors[0].message", equalTo("refused by today's input rules"))
                .body(not(containsString("2026-12-01")));
    }

    private static StoredAssessment copy(StoredAssessment made, String requestJson) {
        return new StoredAssessment(
                new AssessmentColumns(
                        UUID.randomUUID(),
                        made.kind(),
                        made.outcome(),
                        made.createdAt(),
                        made.rulesetVersion(),
                        made.rulesetHash(),
                        made.caseReference()),
                requestJson,
                made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                made.responseSchema());
    }
}
