package org.idds.cds.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/** Security headers on every answer: success, problem answers, 401/403, health, OpenAPI, Swagger UI, unknown paths. */
@QuarkusTest
class SecurityHeadersTest {

    private static ValidatableResponse common(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", nullValue());
    }

    private static ValidatableResponse strict(ValidatableResponse response) {
        return common(response)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Cache-Control", "no-store");
    }

    @Test
    void apiAnswersOfEveryKindCarryThem() {
        strict(Api.request().get("/api/v1/ruleset").then().statusCode(200));
        strict(Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200));
        strict(Api.request()
                .contentType(ContentType.JSON)
                .body("{\"pain\": {\"worstScore\": 11}}")
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(400));
        strict(Api.request()
                .get("/api/v1/assessments/" + UUID.randomUUID())
                .then()
                .statusCode(404));
        strict(Api.anonymous().get("/api/v1/ruleset").then().statusCode(401));
        strict(Api.withToken("not-a-token").get("/api/v1/ruleset").then().statusCode(401));
        strict(Api.as(Roles.ADMIN).get("/api/v1/rules").then().statusCode(403));
    }

    @Test
    void operationsEndpointsAndUnknownPathsCarryThem() {
        strict(Api.management().get("/q/health").then().statusCode(200));
        strict(Api.management().get("/q/health/ready").then().statusCode(200));
        strict(Api.anonymous().get("/q/health/live").then().statusCode(404)); // on the management port only
        strict(Api.anonymous().get("/q/openapi").then().statusCode(200));
        strict(Api.anonymous().get("/no/such/path").then().statusCode(404));
        strict(Api.anonymous().get("/api/v1/no-such-endpoint").then().statusCode(404));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItsOwnScriptsAndStylesRun() {
        String page = common(Api.anonymous().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", SecurityHeaders.SWAGGER_UI_CSP)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .extract()
                .asString();
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "Swagger UI loads nothing from other origins");
    }

    @Test
    void hstsIsSentOnlyOverHttps() {
        assertEquals(
                "max-age=31536000",
                SecurityHeaders.forRequest("/api/v1/ruleset", true).get("Strict-Transport-Security"));
        assertEquals(
                "max-age=31536000",
                SecurityHeaders.forRequest("/q/swagger-ui/", true).get("Strict-Transport-Security"));
        assertFalse(SecurityHeaders.forRequest("/api/v1/ruleset", false).containsKey("Strict-Transport-Security"));
    }

    @Test
    void healthAndOpenApiArePublicEvenWithABadToken() {
        Api.management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Api.management()
                .header("Authorization", "Bearer not-a-token")
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        Api.anonymous()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/candidacy-assessments"))
                .body(containsString("\"bearer\""));
    }
}
