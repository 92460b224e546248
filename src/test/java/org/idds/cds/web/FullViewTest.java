package org.idds.cds.web;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.support.Api;
import org.idds.cds.support.StoredRows;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/assessments/{id}?view=full} (issue 15): the stored compact answer with its ruleset text expanded
 * by key and an {@code evidence} object, {@code X-View: full}; without {@code view} the stored bytes exactly;
 * {@code view} on a POST and a {@code view} other than {@code full} are 400s naming {@code view}; a row stored in
 * format idds-answer/1 is returned as stored ({@code X-View: stored}); a ruleset not held is a 409.
 */
@QuarkusTest
class FullViewTest {

    @Inject
    AssessmentStore store;

    @Test
    void theFullViewExpandsRulesetTextByKeyAndAddsEvidenceOnce() {
        UUID id = candidacy();
        Api.request()
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("X-View", "full")
                .body("format", equalTo(AnswerFormat.ANSWER_2))
                .body("findings.ruleTitle", everyItem(notNullValue()))
                .body("findings.citations.flatten().label", everyItem(notNullValue()))
                .body("findings.citations.flatten().locator", hasItem(notNullValue()))
                .body("pertinentNegatives.criterion", everyItem(notNullValue()))
                .body("missingInputs.neededBy.flatten().rule", everyItem(notNullValue()))
                .body("disclaimer", notNullValue())
                .body("opioidLoad.lines.citations.flatten().label", everyItem(notNullValue()))
                // the locator from the governed figure the line names (opioidLoad.lines.figure)
                .body("opioidLoad.lines.citations.flatten().locator", everyItem(notNullValue()))
                .body("evidence", hasKey("rules"))
                .body("evidence", hasKey("figures"))
                .body("evidence", hasKey("sources"))
                .body("evidence", hasKey("statements"))
                .body("evidence.rules", not(aMapWithSize(0)))
                .body("evidence.sources", not(aMapWithSize(0)));
    }

    @Test
    void withoutViewTheStoredBytesExactlyAndNoViewHeader() {
        String answered = Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        UUID id =
                UUID.fromString(io.restassured.path.json.JsonPath.from(answered).getString("assessmentId"));
        var read = Api.request()
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .header("X-View", nullValue())
                .body("evidence", nullValue())
                .extract();
        StoredAssessment stored = store.find(id).orElseThrow();
        assertArrayEquals(stored.responseJson().getBytes(StandardCharsets.UTF_8), read.asByteArray());
        assertEquals(answered, read.asString());
    }

    @Test
    void viewOnAPostIsA400NamingTheParameter() {
        Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments?view=full")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(java.util.List.of("view")));
        Api.request()
                .post("/api/v1/assessments/" + candidacy() + "/replay?view=full")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(java.util.List.of("view")));
    }

    @Test
    void anotherViewIsA400NamingTheParameter() {
        Api.request()
                .get("/api/v1/assessments/" + candidacy() + "?view=compact")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(java.util.List.of("view")));
    }

    @Test
    void aRowInFormat1IsReturnedAsStoredWithTheFullView() {
        StoredAssessment made = store.find(candidacy()).orElseThrow();
        StoredAssessment old = copy(made, made.rulesetVersion(), made.rulesetHash(), Optional.empty());
        store.append(old);
        byte[] read = Api.request()
                .get("/api/v1/assessments/" + old.id() + "?view=full")
                .then()
                .statusCode(200)
                .header("X-View", "stored")
                .extract()
                .asByteArray();
        assertArrayEquals(old.responseJson().getBytes(StandardCharsets.UTF_8), read);
    }

    @Test
    void aRulesetNotHeldIsA409() {
        StoredAssessment made = store.find(candidacy()).orElseThrow();
        StoredAssessment elsewhere =
                copy(made, "2099.1.0", "sha256:" + "0".repeat(64), Optional.of(AnswerFormat.ANSWER_2));
        store.append(elsewhere);
        Api.request()
                .get("/api/v1/assessments/" + elsewhere.id() + "?view=full")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:idds-cds:problem:ruleset-unavailable"));
        Api.request().get("/api/v1/assessments/" + elsewhere.id()).then().statusCode(200);
    }

    @Test
    void theFullViewHasTheGetsRoles() {
        UUID id = candidacy();
        Api.as(org.idds.cds.web.Roles.GOVERNANCE)
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(403);
        Api.as(org.idds.cds.web.Roles.REFERRER)
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(404);
        Api.as(org.idds.cds.web.Roles.CLINICAL_SAFETY_OFFICER)
                .get("/api/v1/assessments/" + id + "?view=full")
                .then()
                .statusCode(200)
                .header("X-View", "full");
    }

    @Test
    void theOpenApiDocumentNamesTheViewParameter() {
        var api = Api.anonymous()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                java.util.List.of("query"),
                api.getList("paths.'/api/v1/assessments/{id}'.get.parameters.findAll { it.name == 'view' }.in"));
        assertEquals(
                "application/problem+json",
                api.getMap("paths.'/api/v1/assessments/{id}'.get.responses.'409'.content")
                        .keySet()
                        .iterator()
                        .next());
    }

    private static UUID candidacy() {
        return UUID.fromString(Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId"));
    }

    private static StoredAssessment copy(
            StoredAssessment made, String version, String hash, Optional<String> responseSchema) {
        return new StoredAssessment(
                StoredRows.newId(made, version, hash),
                made.requestJson(),
                made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                responseSchema);
    }
}
