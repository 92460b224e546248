package org.idds.cds.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
 * Bad input gets a 400 problem+json naming every bad field, with no stack trace or class name, and nothing is
 * assessed or stored.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    AuditRows audit;

    private ValidatableResponse post(String body) {
        long before = audit.count();
        ValidatableResponse response = Api.request().contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidacy-assessments")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.idds")))
                .body(not(containsString("\tat ")));
        assertEquals(before, audit.count(), "a rejected request must store nothing");
        return response;
    }

    @Test
    void implausibleValuesAreRejectedNamingEveryBadFieldAtOnce() {
        post("""
                {"patient": {"ageYears": 130},
                 "pain": {"worstScore": 11},
                 "prognosis": {"lifeExpectancy": {"value": -2, "unit": "mo"}},
                 "contraindications": {"infection": "MAYBE"}}
                """)
                .body("errors.field", hasItems("patient.ageYears", "pain.worstScore", "prognosis.lifeExpectancy.value",
                        "contraindications.infection"))
                .body("errors.find { it.field == 'contraindications.infection' }.message",
                        containsString("NONE, LOCAL_AT_SITE, SYSTEMIC"));
    }

    @Test
    void anUnknownDrugIsRejected() {
        post("""
                {"medications": [{"drug": "unobtainium", "route": "oral", "dose": {"value": 10, "unit": "mg/d"}}]}
                """)
                .body("errors.field", hasItem("medications[0].drug"))
                .body("errors[0].message", containsString("not in the drug catalogue"));
    }

    @Test
    void anUnknownOrDisallowedRouteIsRejected() {
        post("""
                {"medications": [{"drug": "morphine", "route": "intrathecal", "dose": {"value": 1, "unit": "mg/d"}},
                                 {"drug": "fentanyl", "route": "oral", "dose": {"value": 100, "unit": "ug"}, "dosesPerDay": 2}]}
                """)
                .body("errors.field", hasItems("medications[0].route", "medications[1].route"));
    }

    @Test
    void aMilligramForMicrogramSlipOnAFentanylPatchCannotPassSilently() {
        post("""
                {"medications": [{"drug": "fentanyl", "route": "transdermal", "dose": {"value": 75, "unit": "mg/h"}}]}
                """)
                .body("errors.field", hasItem("medications[0].dose.unit"))
                .body("errors[0].message", containsString("Allowed for fentanyl transdermal: ug/h"));
    }

    @Test
    void theNonUcumSpellingMcgIsRefusedWithTheUcumCode() {
        post("""
                {"medications": [{"drug": "fentanyl", "route": "transdermal", "dose": {"value": 75, "unit": "mcg/h"}}]}
                """)
                .body("errors[0].field", equalTo("medications[0].dose.unit"))
                .body("errors[0].message", containsString("'ug/h'"));
    }

    @Test
    void anOpioidWithoutADoseIsRejectedBecauseTheOmeDependsOnIt() {
        post("""
                {"medications": [{"drug": "oxycodone", "route": "oral"}]}
                """)
                .body("errors[0].field", equalTo("medications[0].dose"));
    }

    @Test
    void aPerAdministrationDoseNeedsDosesPerDay() {
        post("""
                {"medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 30, "unit": "mg"}}]}
                """)
                .body("errors[0].field", equalTo("medications[0].dosesPerDay"));
    }

    @Test
    void aLifeExpectancyInAMassUnitIsRejected() {
        post("""
                {"prognosis": {"lifeExpectancy": {"value": 3, "unit": "mg"}}}
                """)
                .body("errors[0].field", equalTo("prognosis.lifeExpectancy.unit"));
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        post("""
                {"pain": {"worstPainScore": 8}}
                """)
                .body("errors[0].field", equalTo("pain.worstPainScore"))
                .body("errors[0].message", containsString("not a field"));
    }

    @Test
    void aNumberGivenAsTextIsAnswered400() {
        post("""
                {"pain": {"worstScore": "severe"}}
                """)
                .body("errors[0].field", equalTo("pain.worstScore"));
    }

    @Test
    void malformedJsonIsAnswered400() {
        post("{\"pain\": ");
    }

    @Test
    void anEmptyBodyIsAnswered400() {
        post("");
    }
}
