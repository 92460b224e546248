package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/** The OpenAPI document shows the shared problem answers on every endpoint that reads a JSON body, once each. */
@QuarkusTest
class ProblemResponsesTest {

    private static final List<String> AUDITED = List.of(
            "/api/v1/candidacy-assessments",
            "/api/v1/referral-checks",
            "/api/v1/prescription-checks",
            "/api/v1/procedure-checks",
            "/api/v1/follow-up-checks",
            "/api/v1/trial-evaluations",
            "/api/v1/trial-plans",
            "/api/v1/mdt-cases");

    @Test
    void everyAuditedEndpointDocumentsItsProblemAnswersAndThe503() throws Exception {
        JsonNode paths = Api.openApi().path("paths");
        for (String path : AUDITED) {
            JsonNode responses = paths.path(path).path("post").path("responses");
            for (String code : List.of("200", "400", "413", "415", "503")) {
                assertTrue(responses.has(code), path + " documents " + code);
            }
            assertEquals(
                    "#/components/schemas/Problem",
                    responses
                            .path("415")
                            .path("content")
                            .path(Problem.MEDIA_TYPE)
                            .path("schema")
                            .path("$ref")
                            .asText(),
                    path);
            assertFalse(paths.path(path).path("post").has(ProblemResponses.AUDITED), "the marker is removed");
        }
    }

    @Test
    void aResourceKeepsItsOwnWordingAndAnEndpointThatStoresNothingHasNo503() throws Exception {
        JsonNode paths = Api.openApi().path("paths");
        assertTrue(paths.path("/api/v1/mdt-cases")
                .path("post")
                .path("responses")
                .path("400")
                .path("description")
                .asText()
                .contains("section"));
        JsonNode options = paths.path("/api/v1/drug-options").path("post").path("responses");
        assertTrue(options.has("413"), "drug options reads a JSON body");
        assertFalse(options.has("503"), "drug options stores nothing");
    }
}
