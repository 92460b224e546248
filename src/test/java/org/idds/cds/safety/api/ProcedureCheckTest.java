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
 * The procedure-check endpoint beyond its cases: a check is stored as a PROCEDURE_CHECK, replays through the one
 * replay endpoint to the same status and findings, and reads back in full with the status, plan and rule texts of the
 * ruleset; bad input is a problem+json naming each bad field, and nothing is stored.
 */
@QuarkusTest
class ProcedureCheckTest {

    private static final String SEED =
            Fixtures.text("safety/cases/seed000-case1-apixaban-with-a-dvt-before-implant/request.json");

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/procedure-checks")
                .then();
    }

    @Test
    void aCheckIsStoredReplaysToTheSameAnswerAndReadsInFull() {
        String id = check(SEED)
                .statusCode(200)
                .body("kind", equalTo("PROCEDURE_CHECK"))
                .body("drugs[0].hold.figure.key", equalTo("procedure.hold.apixaban.stopBefore"))
                .body("drugs[0].hold.at", equalTo("2026-12-11T08:30:00+01:00"))
                .body("drugs[0].restart.at", equalTo("2026-12-15T08:30:00+01:00"))
                .body("$", not(org.hamcrest.Matchers.hasKey("statusSummary")))
                .extract()
                .path("assessmentId");
        Api.request()
                .post("/api/v1/assessments/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("kind", equalTo("PROCEDURE_CHECK"))
                .body("reproduced", equalTo(true))
                .body("replayed.outcome", equalTo("REVIEW_BEFORE_PROCEDURE"))
                .body("replayed.findings", hasItems(startsWith("SAF-PR-010@"), startsWith("SAF-PR-021@")));
        Api.request()
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .body("statusSummary", startsWith("Review before the procedure"))
                .body("drugs[0].planText", startsWith("The prescriber or haematology decides"))
                .body("disclaimer", startsWith("Decision support for the MDT"))
                .body("findings.find { it.rule == 'SAF-PR-010' }.ruleTitle", startsWith("Apixaban is held"))
                .body("evidence.sources.ASRA_PAIN_2015_TABLE.label", notNullValue());
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() {
        check("""
                        {"procedure": {"kind": "IMPLANTATION", "plannedAt": "14/12/2026 08:30"},
                         "antithrombotics": [{"drug": "apixaban"}],
                         "creatinineClearance": {"value": 4000, "unit": "mL/min"}}
                        """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "procedure.kind",
                                "procedure.plannedAt",
                                "antithrombotics[0].lastDose",
                                "creatinineClearance.value"))
                .body(not(containsString("Exception")));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-15T08:00:00+01:00"}]}
                        """)
                .statusCode(400)
                .body("errors.field", hasItem("antithrombotics[0].lastDose"))
                .body("errors.message", hasItem("is after the planned procedure"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "aspirin", "lastDose": "2026-12-10T08:00:00+01:00"}]}
                        """).statusCode(400).body("errors.field", hasItem("antithrombotics[0].indication"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "heparin", "route": "oral",
                                              "lastDose": "2026-12-10T08:00:00+01:00"}]}
                        """)
                .statusCode(400)
                .body("errors.field", hasItem("antithrombotics[0].route"))
                .body("errors.message", hasItem(containsString("'subcutaneous' or 'intravenous'")));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "morphine", "lastDose": "2026-12-10T08:00:00+01:00"}]}
                        """).statusCode(400).body("errors.field", hasItem("antithrombotics[0].drug"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "warfarin", "lastDose": "2026-12-08T08:00:00+01:00"}],
                         "labs": [{"test": "INR", "value": 1.1, "unit": "1", "takenOn": "2026-12-13"}]}
                        """).statusCode(400).body("errors.field", hasItem("labs[0].upperLimit"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "unexpected": true}
                        """).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theRespiratoryRiskGroupIsReadAndEachMissingInputIsNamed() {
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "respiratoryRisk": {"concurrentMedications": ["clonazepam"], "copd": false}}
                        """)
                .statusCode(200)
                .body(
                        "findings.find { it.rule == 'SAF-RD-010' }.facts",
                        hasItem("respiratoryRisk.concurrentMedications[clonazepam]"))
                .body(
                        "findings.find { it.rule == 'SAF-RD-001' }.inputs",
                        hasItems("respiratoryRisk.opioidNaive", "respiratoryRisk.ageYears"))
                .body("findings.find { it.rule == 'SAF-RD-001' }.inputs", not(hasItem("respiratoryRisk.copd")));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "respiratoryRisk": {"concurrentMedications": ["clonazepan"]}}
                        """).statusCode(400).body("errors.field", hasItem("respiratoryRisk.concurrentMedications[0]"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "respiratoryRisk": {"concurrentMedications": ["clonazepam", "Clonazepam"], "ageYears": 130}}
                        """).statusCode(400).body("errors.field", hasItem("respiratoryRisk.ageYears"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "respiratoryRisk": {"concurrentMedications": ["clonazepam", "Clonazepam"]}}
                        """).statusCode(400).body("errors.field", hasItem("respiratoryRisk.concurrentMedications[1]"));
    }

    @Test
    void theNeurologyGroupNamesAMissingBaselineBeforeAnImplantOnly() {
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "neurology": {}}
                        """)
                .statusCode(200)
                .body(
                        "findings.find { it.rule == 'SAF-GR-021' }.facts",
                        hasItems("neurology.baselineExaminationOn", "neurology.knownNeurologicalDisease"))
                .body("facts.'neurology.baselineExaminationOn'.value", equalTo("(not given)"))
                .body("findings.rule", not(hasItem("SAF-GR-022")));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "neurology": {"baselineExaminationOn": "2026-12-01", "knownNeurologicalDisease": true}}
                        """)
                .statusCode(200)
                .body("findings.rule", hasItem("SAF-GR-022"))
                .body("findings.rule", not(hasItem("SAF-GR-021")));
        check("""
                        {"procedure": {"kind": "PUMP_REPLACEMENT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "neurology": {"knownNeurologicalDisease": true}}
                        """)
                .statusCode(200)
                .body("findings.rule", not(hasItems("SAF-GR-021")))
                .body("findings.rule", not(hasItems("SAF-GR-022")));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "neurology": {"baselineExaminationOn": "2026-12-15"}}
                        """)
                .statusCode(400)
                .body("errors.field", hasItem("neurology.baselineExaminationOn"))
                .body("errors.message", hasItem("is after the planned procedure"));
        check("""
                        {"procedure": {"kind": "IMPLANT", "plannedAt": "2026-12-14T08:30:00+01:00"},
                         "antithrombotics": [{"drug": "apixaban", "lastDose": "2026-12-10T08:00:00+01:00"}],
                         "neurology": {"knownNeurologicalDisease": "CIDP"}}
                        """).statusCode(400).contentType("application/problem+json");
    }
}
