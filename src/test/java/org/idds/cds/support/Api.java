package org.idds.cds.support;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.idds.cds.web.Roles;

/**
 * REST Assured requests with a bearer token signed by the test keys ({@link LocalIdentity}).
 * {@link #request()} is an MDT clinician, who may use every clinical endpoint; {@link #as(String)} picks a role.
 */
public final class Api {

    public static final String DEFAULT_ROLE = Roles.MDT_CLINICIAN;

    private Api() {}

    /**
     * A request without a token to the management interface (its own port: health), e.g. {@code
     * management().get("/q/health/ready")}.
     */
    public static RequestSpecification management() {
        java.net.URI root = java.net.URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given()
                .baseUri(root.getScheme() + "://" + root.getHost())
                .port(root.getPort())
                .basePath("");
    }

    /** A request authenticated as an MDT clinician. */
    public static RequestSpecification request() {
        return as(DEFAULT_ROLE);
    }

    /** A request authenticated with this role (the token's only group); the subject is {@code test-<role>}. */
    /**
     * A clinical case's request answered by the MDT candidacy endpoint: 200 and JSON, as the fixture and snapshot
     * tests both need, returned as the exact body.
     */
    public static String candidacyAnswer(Fixtures.ClinicalCase c) {
        if (!"POST /api/v1/candidacy-assessments".equals(c.when())) {
            throw new IllegalArgumentException(c.path() + ": case is not a candidacy assessment: " + c.when());
        }
        return request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .when()
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    /**
     * A clinical case's request answered by the prescription-check endpoint: 200 and JSON, returned as the exact
     * body.
     */
    public static String prescriptionAnswer(Fixtures.ClinicalCase c) {
        if (!"POST /api/v1/prescription-checks".equals(c.when())) {
            throw new IllegalArgumentException(c.path() + ": case is not a prescription check: " + c.when());
        }
        return request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .when()
                .post("/api/v1/prescription-checks")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    public static String procedureAnswer(Fixtures.ClinicalCase c) {
        if (!"POST /api/v1/procedure-checks".equals(c.when())) {
            throw new IllegalArgumentException(c.path() + ": case is not a procedure check: " + c.when());
        }
        return request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .when()
                .post("/api/v1/procedure-checks")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    /** A follow-up check case's answer (its {@code when} is {@code POST /api/v1/follow-up-checks}). */
    public static String followUpAnswer(Fixtures.ClinicalCase c) {
        if (!"POST /api/v1/follow-up-checks".equals(c.when())) {
            throw new IllegalArgumentException(c.path() + ": case is not a follow-up check: " + c.when());
        }
        return request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .when()
                .post("/api/v1/follow-up-checks")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    /** A safety case's answer: a procedure check or a follow-up check, as its {@code when} names. */
    public static String safetyAnswer(Fixtures.ClinicalCase c) {
        return "POST /api/v1/follow-up-checks".equals(c.when()) ? followUpAnswer(c) : procedureAnswer(c);
    }

    /** A trial case's answer: its {@code when} names the endpoint ({@code POST /api/v1/trial-...}). */
    public static String trialAnswer(Fixtures.ClinicalCase c) {
        if (!c.when().startsWith("POST /api/v1/trial-")) {
            throw new IllegalArgumentException(c.path() + ": case is not a trial case: " + c.when());
        }
        return request()
                .contentType(ContentType.JSON)
                .body(TrialPlanCases.request(c))
                .when()
                .post(c.when().substring("POST ".length()))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    /** The OpenAPI document the service publishes, as JSON. */
    public static com.fasterxml.jackson.databind.JsonNode openApi() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(request()
                            .get("/q/openapi?format=json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    public static RequestSpecification as(String role) {
        return as(role, "test-" + role);
    }

    /** A request authenticated with this role as this subject (the token's {@code sub} and {@code upn}). */
    public static RequestSpecification as(String role, String subject) {
        return withToken(token(role, subject));
    }

    /** A request with no Authorization header. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /** A request that sends {@code token} as its bearer token, whatever it is. */
    public static RequestSpecification withToken(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    /** A valid token for this role and subject, signed by the test keys. */
    public static String token(String role, String subject) {
        return Tokens.rs256(
                Tokens.claims(subject, List.of(role)), LocalIdentity.keys().privateKey());
    }
}
