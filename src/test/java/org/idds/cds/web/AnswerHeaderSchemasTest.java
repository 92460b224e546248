package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document shows every answer as it is written: the answer header's fields first, in the answer's own
 * schema ({@link AnswerHeaderSchemas}), no {@code header} object and no schema of the header of its own.
 */
@QuarkusTest
class AnswerHeaderSchemasTest {

    private static final List<String> ANSWERS = List.of(
            "CandidacyAssessment",
            "ReferralCheckResult",
            "PrescriptionCheckResult",
            "ProcedureCheckResult",
            "FollowUpCheckResult",
            "TrialEvaluationResult",
            "TrialPlanAnswer",
            "MdtCaseAnswer");

    private static final List<String> HEADER =
            List.of("format", "assessmentId", "kind", "assessedAt", "ruleset", "caseReference");

    @Test
    void everyAnswerSchemaStartsWithTheHeaderFields() throws Exception {
        JsonNode schemas = Api.openApi().path("components").path("schemas");
        for (String answer : ANSWERS) {
            JsonNode properties = schemas.path(answer).path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertEquals(HEADER, names.subList(0, Math.min(HEADER.size(), names.size())), answer);
            assertFalse(properties.has("header"), answer);
            assertEquals(
                    "#/components/schemas/RulesetRef",
                    properties.path("ruleset").path("$ref").asText(),
                    answer);
        }
        assertFalse(schemas.has("AnswerHeader"), "the header is no schema of its own");
    }
}
