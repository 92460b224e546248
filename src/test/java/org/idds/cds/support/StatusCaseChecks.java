package org.idds.cds.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.idds.cds.support.Fixtures.ClinicalCase;

/**
 * The checks of a case whose answer has a {@code status} and {@code findings} (a prescription check, a procedure
 * check), each failure naming the case folder: the status the case expects, each expected finding present with its
 * severity, each rule it expects absent absent, what the concern checks of its own, every finding cited, and the
 * whole answer against the committed snapshot.
 */
public final class StatusCaseChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusCaseChecks() {}

    /** {@code concernChecks} gets the answer and the failure context (the case folder and its "given"). */
    public static void check(ClinicalCase c, String body, BiConsumer<JsonNode, String> concernChecks)
            throws IOException {
        JsonNode answer = JSON.readTree(body);
        JsonNode then = c.then();
        String context = c.path() + ": " + c.given();
        List<JsonNode> findings = new ArrayList<>();
        answer.path("findings").forEach(findings::add);
        List<String> seen = findings.stream()
                .map(f -> f.path("rule").asText() + " " + f.path("severity").asText())
                .toList();
        assertEquals(then.path("status").asText(), answer.path("status").asText(), context + " " + seen);
        for (JsonNode expected : then.path("findings")) {
            assertTrue(
                    findings.stream()
                            .anyMatch(f -> f.path("rule")
                                            .asText()
                                            .equals(expected.path("ruleId").asText())
                                    && f.path("severity")
                                            .asText()
                                            .equals(expected.path("severity").asText())),
                    context + " expected " + expected + " among " + seen);
        }
        for (JsonNode absent : then.path("absentRules")) {
            assertTrue(
                    findings.stream().noneMatch(f -> f.path("rule").asText().equals(absent.asText())),
                    context + " did not expect " + absent.asText());
        }
        concernChecks.accept(answer, context);
        for (JsonNode f : findings) {
            assertFalse(f.path("citations").isEmpty(), context + " finding without citation " + f.path("rule"));
        }
        Snapshots.check(c, body);
    }
}
