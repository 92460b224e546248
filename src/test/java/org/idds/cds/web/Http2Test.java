package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Clients that speak HTTP/2 over plain text (h2c upgrade: the JDK's own HTTP client does by default) get the same
 * answers as HTTP/1.1 clients: a 200 for an assessment, a 413 problem for a body declared too large.
 */
@QuarkusTest
class Http2Test {

    private static final String CASE2 =
            Fixtures.text("selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");
    private static final HttpClient H2 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    private static HttpResponse<String> post(String body) throws Exception {
        return H2.send(
                HttpRequest.newBuilder(URI.create(
                                RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/candidacy-assessments"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Api.token(Api.DEFAULT_ROLE, "h2-client"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAssessmentOverHttp2IsAnswered() throws Exception {
        for (int i = 0; i < 3; i++) { // the first request upgrades the connection, the next ones are HTTP/2 streams
            HttpResponse<String> answer = post(CASE2);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"verdict\":\"CANDIDATE_WITH_PRECAUTIONS\""), answer.body());
            assertEquals(HttpClient.Version.HTTP_2, answer.version(), "the client really spoke HTTP/2");
        }
    }

    @Test
    void aBodyDeclaredTooLargeOverHttp2Is413Problem() throws Exception {
        assertEquals(200, post(CASE2).statusCode()); // upgrade first
        HttpResponse<String> answer = post("{\"caseReference\": \"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(HttpClient.Version.HTTP_2, answer.version(), "refused over HTTP/2");
        assertEquals(
                Problem.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"field\":\"(body)\""), answer.body());
    }
}
