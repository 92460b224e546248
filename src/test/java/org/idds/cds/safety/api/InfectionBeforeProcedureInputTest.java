package org.idds.cds.safety.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.junit.jupiter.api.Test;

/**
 * The procedure check's infection group at the boundary: its dated results are refused in any unit but their own
 * (HbA1c in % or mmol/mol, never converted; neutrophils in 10*9/L with the laboratory's lower limit), HbA1c and
 * neutrophils are refused in {@code labs}, a check with neither an antithrombotic nor the infection group is refused,
 * and each refusal names its field and stores nothing. A check with only the infection group is answered.
 */
@QuarkusTest
class InfectionBeforeProcedureInputTest {

    @Inject
    AuditRows audit;

    private static final String PROCEDURE =
            "\"procedure\": {\"kind\": \"IMPLANT\", \"plannedAt\": \"2026-12-14T08:30:00+01:00\"}";

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/procedure-checks")
                .then();
    }

    private void refused(String body, String field) {
        long before = audit.count();
        check(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
        assertEquals(before, audit.count(), field + ": nothing stored");
    }

    @Test
    void eachBadInfectionInputIsRefusedByItsFieldAndNothingIsStored() {
        refused("{" + PROCEDURE + "}", "antithrombotics");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"hba1c\": {\"value\": 75, \"unit\": \"mmol/L\", "
                        + "\"takenOn\": \"2026-12-01\"}}}",
                "infection.hba1c.unit");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"hba1c\": {\"value\": 75, \"unit\": \"%\", "
                        + "\"takenOn\": \"2026-12-01\"}}}",
                "infection.hba1c.value");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"hba1c\": {\"value\": 8, \"unit\": \"%\", "
                        + "\"takenOn\": \"2026-12-20\"}}}",
                "infection.hba1c.takenOn");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"neutrophils\": {\"value\": 800, \"unit\": \"/uL\", "
                        + "\"lowerLimit\": 1800, \"takenOn\": \"2026-12-10\"}}}",
                "infection.neutrophils.unit");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"neutrophils\": {\"value\": 0.8, \"unit\": \"10*9/L\", "
                        + "\"takenOn\": \"2026-12-10\"}}}",
                "infection.neutrophils.lowerLimit");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"chemotherapy\": false, "
                        + "\"lastChemotherapyOn\": \"2026-12-04\"}}",
                "infection.lastChemotherapyOn");
        refused("{" + PROCEDURE + ", \"infection\": {\"smoking\": \"SOMETIMES\"}}", "infection.smoking");
        refused(
                "{" + PROCEDURE + ", \"infection\": {\"diabetes\": \"INSULIN_TREATED\"}, \"labs\": [{\"test\": "
                        + "\"HBA1C\", \"value\": 8, \"unit\": \"%\", \"takenOn\": \"2026-12-01\"}]}",
                "labs[0].test");
    }

    @Test
    void aCheckWithOnlyTheInfectionGroupIsAnsweredAndNamesWhatIsNotRecorded() {
        check("{" + PROCEDURE + ", \"infection\": {\"diabetes\": \"INSULIN_TREATED\"}}")
                .statusCode(200)
                .body("status", equalTo("REVIEW_BEFORE_PROCEDURE"))
                .body("findings.rule", hasItem("SAF-IP-011"))
                .body("findings.rule", hasItem("SAF-IP-090"))
                .body("facts.'infection.smoking'.value", equalTo("(not given)"))
                .body("facts.'infection.diabetes'.value", equalTo("INSULIN_TREATED"));
    }
}
