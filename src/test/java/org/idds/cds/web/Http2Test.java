package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Clients that speak HTTP/2 over plain text (h2c upgrade: the JDK's own HTTP client does by default) get the same
 * answers as HTTP/1.1 clients: a 200 for an assessment, a 413 problem for a body declared too large.
 */
@QuarkusTest
class Http2Test {

    @Inject
    Vertx vertx;

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

    /**
     * Over HTTP/2 (prior knowledge; the JDK client would not read an answer before its body was sent): the stream whose
     * body stalls gets a 408 problem at the deadline and is reset, while the connection goes on.
     */
    @Test
    void aStalledBodyOverHttp2IsCutAtTheDeadline() throws Exception {
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(io.vertx.core.http.HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false));
        try {
            long started = System.nanoTime();
            String[] answer = client.request(
                            HttpMethod.POST,
                            RestAssured.port,
                            URI.create(RestAssured.baseURI).getHost(),
                            "/api/v1/candidacy-assessments")
                    .compose(request -> {
                        request.putHeader("Content-Type", "application/json")
                                .putHeader("Content-Length", "65536")
                                .putHeader("Authorization", "Bearer " + Api.token(Api.DEFAULT_ROLE, "h2-client"));
                        request.write("{"); // and nothing more
                        return request.response();
                    })
                    .compose(response -> response.body().map(body -> new String[] {
                        String.valueOf(response.statusCode()),
                        response.version().name(),
                        body.toString()
                    }))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(3 + 5, TimeUnit.SECONDS); // the test deadline (3 s) and a generous margin
            assertEquals("408", answer[0], answer[2]);
            assertEquals("HTTP_2", answer[1]);
            assertTrue(answer[2].contains("urn:idds-cds:problem:request-timeout"), answer[2]);
            assertTrue(System.nanoTime() - started > 2_500_000_000L, "cut before the deadline");
        } finally {
            client.close();
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
