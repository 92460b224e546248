package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /api/v1} operation in the OpenAPI document names the bearer scheme with the roles it allows and documents
 * its 401 and 403, inherited methods included (the replay aliases share one implementation in {@link ReplayAlias}).
 */
@QuarkusTest
class OpenApiSecurityTest {

    @Test
    void everyApiOperationDocumentsItsBearerRolesAnd401And403() throws Exception {
        JsonNode paths = Api.openApi().path("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode bearer = operation.getValue().path("security").path(0).path("bearer");
                if (!bearer.isArray() || bearer.isEmpty()) {
                    problems.add(name + " names no bearer roles");
                }
                JsonNode responses = operation.getValue().path("responses");
                if (!responses.has("401") || !responses.has("403")) {
                    problems.add(name + " documents no 401 / 403");
                }
            }
        }
        assertTrue(operations > 20, "the document lists the API's operations");
        assertEquals(List.of(), problems);
    }

    @Test
    void theReplayAliasesNameTheRolesThatMayReplay() throws Exception {
        JsonNode paths = Api.openApi().path("paths");
        for (String alias : List.of(
                "/api/v1/prescription-checks/{id}/replay",
                "/api/v1/mdt-cases/{id}/replay",
                "/api/v1/trial-plans/{id}/replay")) {
            assertEquals(
                    "[\"mdt-clinician\",\"governance\",\"clinical-safety-officer\"]",
                    paths.path(alias)
                            .path("post")
                            .path("security")
                            .path(0)
                            .path("bearer")
                            .toString(),
                    alias);
        }
    }
}
