package org.idds.cds.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.junit.jupiter.api.Test;

/**
 * Every stored assessment records who made it. A referrer reads back only the referral checks they made; any other
 * row answers exactly like one that does not exist, so its existence is not revealed.
 */
@QuarkusTest
class ReferrerOwnRowsTest {

    @Inject
    AuditRows audit;

    private static String referralCheckBy(String subject) {
        return Api.as(Roles.REFERRER, subject)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.REFERRAL)
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
    }

    static ValidatableResponse notFound(ValidatableResponse response) {
        return RoleMatrixTest.problem(response, 404)
                .body("type", equalTo("urn:idds-cds:problem:not-found"))
                .body("detail", equalTo("No stored assessment has this id."));
    }

    @Test
    void theCreatorIsStoredWithEveryAssessment() {
        String check = referralCheckBy("gp-creator");
        String assessment = Api.as(Roles.MDT_CLINICIAN, "dr-creator")
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        assertEquals(
                "gp-creator", audit.row(UUID.fromString(check)).orElseThrow().get("created_by"));
        assertEquals(
                "dr-creator",
                audit.row(UUID.fromString(assessment)).orElseThrow().get("created_by"));
    }

    @Test
    void aReferrerReadsBackTheirOwnReferralCheck() {
        String id = referralCheckBy("gp-own");
        Api.as(Roles.REFERRER, "gp-own")
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .body("assessmentId", equalTo(id))
                .body("kind", equalTo("REFERRAL_CHECK"));
    }

    @Test
    void anotherReferrersCheckIsNotFoundJustLikeAnUnknownId() {
        String id = referralCheckBy("gp-one");
        String other = Api.as(Roles.REFERRER, "gp-two")
                .get("/api/v1/assessments/" + id)
                .then()
                .extract()
                .asString();
        String unknown = Api.as(Roles.REFERRER, "gp-two")
                .get("/api/v1/assessments/" + UUID.randomUUID())
                .then()
                .extract()
                .asString();
        notFound(Api.as(Roles.REFERRER, "gp-two")
                .get("/api/v1/assessments/" + id)
                .then());
        assertEquals(unknown, other, "the answer must not reveal that the row exists");
    }

    @Test
    void aReferrerCannotReadAnMdtCandidacyAssessment() {
        String id = Api.as(Roles.MDT_CLINICIAN, "dr-mdt")
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        notFound(Api.as(Roles.REFERRER, "gp-own")
                .get("/api/v1/assessments/" + id)
                .then());
    }

    @Test
    void aReferrerCannotReadACandidacyAssessmentEvenIfTheSameNameMadeIt() {
        String id = Api.as(Roles.MDT_CLINICIAN, "dual-role")
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        notFound(Api.as(Roles.REFERRER, "dual-role")
                .get("/api/v1/assessments/" + id)
                .then());
    }

    @Test
    void theMdtAndTheSafetyOfficerReadAReferrersCheckButGovernanceDoesNot() {
        String id = referralCheckBy("gp-shared");
        Api.as(Roles.MDT_CLINICIAN).get("/api/v1/assessments/" + id).then().statusCode(200);
        Api.as(Roles.CLINICAL_SAFETY_OFFICER)
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200);
        RoleMatrixTest.forbidden(
                Api.as(Roles.GOVERNANCE).get("/api/v1/assessments/" + id).then());
    }

    @Test
    void aReferrerCannotReplay() {
        String id = referralCheckBy("gp-replay");
        RoleMatrixTest.forbidden(Api.as(Roles.REFERRER, "gp-replay")
                .post("/api/v1/assessments/" + id + "/replay")
                .then());
    }
}
