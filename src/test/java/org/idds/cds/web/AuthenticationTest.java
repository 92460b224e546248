package org.idds.cds.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.idds.cds.security.LocalKeys;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.LocalIdentity;
import org.idds.cds.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Only a token this installation's key signed, for this issuer and audience, unexpired, with RS256, is accepted;
 * anything else is a 401 problem that does not say which check failed. Authentication comes before reading the body.
 */
@QuarkusTest
class AuthenticationTest {

    @Inject
    AuditRows audit;

    private static Map<String, Object> clinician() {
        return Tokens.claims("dr-auth", List.of(Roles.MDT_CLINICIAN));
    }

    private static String signed(Map<String, Object> claims) {
        return Tokens.rs256(claims, LocalIdentity.keys().privateKey());
    }

    private static ValidatableResponse refused(String token) {
        ValidatableResponse response = RoleMatrixTest.unauthenticated(
                        Api.withToken(token).get("/api/v1/ruleset").then())
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("type", equalTo("urn:idds-cds:problem:invalid-token"));
        Api.withToken(token)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(401);
        return response;
    }

    @Test
    void aValidTokenIsAccepted() {
        Api.withToken(signed(clinician())).get("/api/v1/ruleset").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Map<String, Object> claims = clinician();
        claims.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        claims.put("exp", Instant.now().minusSeconds(600).getEpochSecond());
        refused(signed(claims));
    }

    @Test
    void aTokenIssuedADayAheadIsRefused() {
        Map<String, Object> claims = clinician();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        claims.put("iat", tomorrow.getEpochSecond());
        claims.put("exp", tomorrow.plus(Duration.ofHours(1)).getEpochSecond());
        refused(signed(claims));
    }

    @Test
    void aTokenIssuedWithinTheClockSkewIsAccepted() {
        Map<String, Object> claims = clinician();
        claims.put("iat", Instant.now().plusSeconds(20).getEpochSecond());
        Api.withToken(signed(claims)).get("/api/v1/ruleset").then().statusCode(200);
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        Map<String, Object> claims = clinician();
        claims.put("exp", Instant.now().plus(Duration.ofDays(365L * 100)).getEpochSecond());
        refused(signed(claims));
        Map<String, Object> thirteenHours = clinician();
        thirteenHours.put("exp", Instant.now().plus(Duration.ofHours(13)).getEpochSecond());
        refused(signed(thirteenHours));
    }

    @Test
    void aTokenWithoutIssuedAtIsRefused() {
        Map<String, Object> claims = clinician();
        claims.remove("iat");
        refused(signed(claims));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        Map<String, Object> claims = clinician();
        claims.remove("exp");
        refused(signed(claims));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        Map<String, Object> claims = clinician();
        claims.put("iss", "https://idp.example.org/realms/elsewhere");
        refused(signed(claims));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Map<String, Object> claims = clinician();
        claims.put("aud", "another-service");
        refused(signed(claims));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        refused(Tokens.rs256(clinician(), LocalKeys.generate().getPrivate()));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        refused(Tokens.unsigned(clinician()));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] referrer =
                signed(Tokens.claims("dr-auth", List.of(Roles.REFERRER))).split("\\.");
        String[] clinician = signed(clinician()).split("\\.");
        refused(referrer[0] + "." + clinician[1] + "." + referrer[2]);
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        refused("not-a-token");
    }

    @Test
    void anotherSchemeThanBearerIsNotAuthentication() {
        RoleMatrixTest.unauthenticated(Api.anonymous()
                .auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/api/v1/ruleset")
                .then());
    }

    @Test
    void aValidTokenWithNoRoleOfThisServiceIsForbidden() {
        RoleMatrixTest.forbidden(Api.withToken(signed(Tokens.claims("someone", List.of())))
                .get("/api/v1/ruleset")
                .then());
    }

    @Test
    void withoutATokenEvenAMalformedBodyIs401AndNothingIsStored() {
        long before = audit.count();
        RoleMatrixTest.unauthenticated(Api.anonymous()
                .contentType(ContentType.JSON)
                .body("{\"pain\": ")
                .post("/api/v1/candidacy-assessments")
                .then());
        assertEquals(before, audit.count());
    }

    @Test
    void aRoleThatMayNotAssessGets403BeforeItsBodyIsRead() {
        long before = audit.count();
        RoleMatrixTest.forbidden(Api.as(Roles.REFERRER)
                .contentType(ContentType.JSON)
                .body("{\"pain\": {\"worstScore\": 11}}")
                .post("/api/v1/candidacy-assessments")
                .then());
        assertEquals(before, audit.count());
    }
}
