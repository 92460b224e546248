package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/** A referrer's short check gives a plain-language outcome and says what the MDT will need next. */
@QuarkusTest
class ReferralCheckTest {

    private static ValidatableResponse check(String body) {
        return Api.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/referral-checks")
                .then();
    }

    @Test
    void refractoryCancerPainWithAReasonablePrognosisIsReferredWithTheMdtWorkList() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"},
                 "pain": {"worstScore": 8, "intolerableSystemicSideEffects": false},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "medications": [{"drug": "oxycodone", "route": "oral", "dose": {"value": 160, "unit": "mg/d"}},
                                 {"drug": "apixaban", "route": "oral"}],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                .body("kind", equalTo("REFERRAL_CHECK"))
                .body("outcome", equalTo("REFER_TO_MDT"))
                .body("plainLanguage", containsString("refer to the IDDS MDT"))
                .body("reasons", hasItem(containsString("Refractory pain")))
                .body("reasons", hasItem(containsString("peri-procedural plan")))
                .body("pleaseProvide", org.hamcrest.Matchers.empty())
                .body(
                        "mdtWillNeed",
                        hasItems(
                                "contraindications.bleeding",
                                "contraindications.spinalCanalObstruction",
                                "contraindications.canAttendRefills",
                                "workUp.spinalOrEpiduralDisease"))
                .body("ruleset.version", not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void oralMorphineOf60000MgADayIsALikelyUnitErrorToCorrectOrConfirm() {
        String body = """
                {"cancer": {"status": "ACTIVE_CANCER"},
                 "pain": {"worstScore": 8, "intolerableSystemicSideEffects": false},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "medications": [{"drug": "Morphine", "route": "oral", "dose": {"value": 60000, "unit": "mg/d"}%s}],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """;
        check(body.formatted(""))
                .statusCode(200)
                .body("outcome", equalTo("CHECK_INPUT"))
                .body("plainLanguage", containsString("unit error"))
                .body("reasons", hasItem(containsString("Likely unit error")))
                .body("findings.find { it.rule == 'SEL-PL-001' }.severity", equalTo("critical"));
        check(body.formatted(", \"doseConfirmed\": true"))
                .statusCode(200)
                .body("outcome", equalTo("REFER_TO_MDT"))
                .body("reasons", hasItem(containsString("Refractory pain")));
    }

    @Test
    void anOpioidWithAnUnknownDoseIsAcceptedAndNamedAsNotCounted() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"},
                 "pain": {"worstScore": 8, "intolerableSystemicSideEffects": false},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "medications": [{"drug": "OxyContin", "route": "oral"}],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                // the referrer cannot judge an incomplete load; the MDT will (mdtLoadJudgement is an MDT input)
                .body("outcome", equalTo("REFER_TO_MDT"))
                .body("pleaseProvide", org.hamcrest.Matchers.empty())
                .body("mdtWillNeed", hasItem("mdtLoadJudgement.refractoryByLoad"))
                .body("medicationsReadAs[0].entered", equalTo("OxyContin"))
                .body("medicationsReadAs[0].drug", equalTo("oxycodone"));
    }

    @Test
    void controlledPainIsNotEligibleNowWithTheReason() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 2, "intolerableSystemicSideEffects": false},
                 "prognosis": {"lifeExpectancy": {"value": 1, "unit": "a"}}, "medications": [],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                .body("outcome", equalTo("NOT_ELIGIBLE_NOW"))
                .body("reasons", hasItem(containsString("Not refractory")))
                .body("plainLanguage", not(containsString("not indicated")));
    }

    @Test
    void lowPainWithIntolerableSideEffectsIsReferredForMdtJudgementNeverNotIndicated() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"},
                 "pain": {"worstScore": 3, "intolerableSystemicSideEffects": true, "sideEffectManagementTried": true},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 120, "unit": "mg/d"}}],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                // the MDT-stage checks are still open, so the engine verdict waits for them; the referrer is told to
                // refer
                .body("engineVerdict", not(equalTo("NOT_CANDIDATE")))
                .body("outcome", equalTo("MDT_JUDGEMENT_NEEDED"))
                .body("reasons", hasItem(containsString("For MDT judgement")));
    }

    @Test
    void uncontrolledPainBelowTheOmeThresholdIsNotYetRefractoryByDoseNotNotIndicated() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 8, "intolerableSystemicSideEffects": false},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "medications": [{"drug": "morphine", "route": "oral", "dose": {"value": 60, "unit": "mg/d"}}],
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                .body("outcome", equalTo("NOT_ELIGIBLE_NOW"))
                .body("reasons", hasItem(containsString("Not yet refractory by dose")))
                .body("reasons", hasItem(containsString("MDT judgement")))
                .body("plainLanguage", not(containsString("not indicated")));
    }

    @Test
    void aMissingPainScoreAsksTheReferrerForIt() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"}, "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "contraindications": {"infection": "NONE", "patientDeclines": false}}
                """)
                .statusCode(200)
                .body("outcome", equalTo("MORE_INFORMATION_NEEDED"))
                .body("pleaseProvide", hasItem("pain.worstScore"))
                .body("findings.findAll { it.inputs?.contains('pain.worstScore') }.rule", hasItem("SEL-RP-010"));
    }

    @Test
    void anActiveInfectionMeansTreatFirst() {
        check("""
                {"cancer": {"status": "ACTIVE_CANCER"}, "pain": {"worstScore": 9, "intolerableSystemicSideEffects": true},
                 "prognosis": {"lifeExpectancy": {"value": 6, "unit": "mo"}},
                 "contraindications": {"infection": "SYSTEMIC", "patientDeclines": false}}
                """)
                .statusCode(200)
                .body("outcome", equalTo("TREAT_FIRST_THEN_REFER"))
                .body("reasons", hasItem(containsString("infection")));
    }

    @Test
    void mdtOnlyQuestionsAreNotPartOfTheShortCheck() {
        check("""
                {"contraindications": {"bleeding": "NONE"}}
                """).statusCode(400).body("errors[0].field", equalTo("contraindications.bleeding"));
    }
}
