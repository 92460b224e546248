package org.idds.cds.dosing.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.junit.jupiter.api.Test;

/**
 * PACC drug selection through the API: the PACC 2017 lines in order for the patient's population and distribution,
 * ziconotide excluded with a history of psychosis and withheld while it is not known, every line cited and flagged
 * unverified, the edition marked superseded, nothing stored, and bad input refused by field.
 */
@QuarkusTest
class DrugOptionsEndpointTest {

    @Inject
    AuditRows audit;

    private static ValidatableResponse options(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/drug-options")
                .then();
    }

    @Test
    void cancerDiffusePainWithAHistoryOfPsychosisOffersLineOneWithoutZiconotide() {
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": true}
                """)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("ruleset.version", equalTo("2026.12.3"))
                .body("ruleset.contentHash", startsWith("sha256:"))
                .body("algorithm.id", equalTo("pacc-2017-algorithm"))
                .body("algorithm.edition", equalTo("PACC 2017"))
                .body("position.axis", contains("population", "distribution"))
                .body("position.value", contains("CANCER", "DIFFUSE"))
                .body("conditions[0].condition", equalTo("PSYCHOSIS_HISTORY"))
                .body("conditions[0].answer", equalTo("YES"))
                .body("lines.line", contains(1))
                .body("lines[0].options.label", contains("morphine", "ziconotide", "morphine + bupivacaine"))
                .body("lines[0].options.status", contains("OFFERED", "EXCLUDED", "OFFERED"))
                .body("lines[0].options[0].reasons", empty())
                .body("lines[0].options[1].reasons[0].drug", equalTo("ziconotide"))
                .body("lines[0].options[1].reasons[0].condition", equalTo("PSYCHOSIS_HISTORY"))
                .body(
                        "lines[0].options[1].reasons[0].reason",
                        containsString("contraindicated with a pre-existing history of psychosis"))
                .body("lines[0].options[1].reasons[0].citations[0].source", equalTo("PRIALT_US_LABEL"))
                .body("lines[0].options[1].reasons[0].citations[0].verified", equalTo(true))
                .body("lines[0].options[2].drugs", contains("morphine", "bupivacaine"));
    }

    @Test
    void everyLineIsCitedUnverifiedAndTheEditionIsMarkedSupersededByPacc2024() {
        options("""
                {"population": "NON_CANCER", "distribution": "DIFFUSE", "psychosisHistory": false}
                """)
                .statusCode(200)
                .body("algorithm.source", equalTo("PACC2017_ALGORITHMS"))
                .body("algorithm.superseded", equalTo(true))
                .body("format", equalTo("idds-answer/2"))
                .body("algorithm.supersededBy", contains("PACC2024_CANCER", "PACC2024_NONCANCER"))
                .body("reliesOnUnverifiedKnowledge", equalTo(true))
                .body("lines[0].verified", equalTo(false))
                .body("lines[0].note", containsString("not read"))
                .body("lines[0].citations", hasSize(1))
                .body("lines[0].citations[0].source", equalTo("PACC2017_ALGORITHMS"))
                .body("lines[0].citations[0].verified", equalTo(false))
                .body("lines[0].options.label", contains("morphine", "ziconotide"))
                .body("lines[0].options.status", contains("OFFERED", "OFFERED"))
                .body("position[0].citations[0].verified", equalTo(false))
                .body("notEncoded", startsWith("Lines 2 to 5 are not encoded"))
                .body("notEncoded", containsString("verify before encoding"))
                .body("disclaimer", nullValue());
    }

    @Test
    void withThePsychiatricHistoryNotKnownZiconotideIsNotOfferedUntilItIs() {
        options("""
                {"population": "CANCER", "distribution": "LOCALIZED"}
                """)
                .statusCode(200)
                .body("conditions[0].answer", equalTo("NOT_KNOWN"))
                .body(
                        "lines[0].options.label",
                        contains(
                                "ziconotide",
                                "morphine",
                                "fentanyl",
                                "morphine + bupivacaine",
                                "fentanyl + bupivacaine"))
                .body(
                        "lines[0].options.status",
                        contains("NOT_OFFERED_UNTIL_KNOWN", "OFFERED", "OFFERED", "OFFERED", "OFFERED"))
                .body(
                        "lines[0].options[0].reasons[0].reason",
                        startsWith("Not offered until the psychiatric history is known"));
    }

    @Test
    void theAnswerIsAReadOfGovernedKnowledgeAndIsNotStored() {
        long before = audit.count();
        options("""
                {"population": "NON_CANCER", "distribution": "LOCALIZED", "psychosisHistory": true}
                """).statusCode(200).body("lines[0].options.status", contains("EXCLUDED", "OFFERED", "OFFERED"));
        assertEquals(before, audit.count());
    }

    @Test
    void aValueTheAlgorithmDoesNotDeclareAndAMissingAxisAreRefusedByField() {
        long before = audit.count();
        options("""
                {"population": "cancer", "psychosisHistory": true}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:idds-cds:problem:invalid-request"))
                .body("errors.field", contains("population", "distribution"))
                .body("errors[0].message", containsString("'cancer' is not a value of the PACC 2017 axis population"))
                .body("errors[0].message", containsString("use one of CANCER, NON_CANCER"))
                .body("errors[1].message", containsString("use one of LOCALIZED, DIFFUSE"));
        options("""
                {"population": "CANCER", "distribution": "SEGMENTAL"}
                """).statusCode(400).body("errors.field", contains("distribution"));
        assertEquals(before, audit.count());
    }

    @Test
    void anAxisOfAnotherEditionAndAWronglyTypedHistoryAreRefused() {
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "mechanism": "NEUROPATHIC"}
                """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("mechanism"))
                .body("errors[0].message", containsString("is not a field of this request"));
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": "yes"}
                """).statusCode(400).body("errors.field", contains("psychosisHistory"));
        options("""
                {"population": "CANCER", "distribution": "DIFFUSE", "psychosisHistory": null, "x": 1}
                """).statusCode(400).body("errors.field", contains("x"));
    }
}
