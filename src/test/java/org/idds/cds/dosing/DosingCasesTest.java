package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.Snapshots;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every dosing case (src/test/resources/rules/dosing/&lt;topic&gt;/cases/ and the seed prescriptions in
 * rules/dosing/cases/) end to end: POST the prescription, check the status and findings the case expects (rule and
 * severity), the calculations it could not make and the refill-due date where it names them, every finding cited;
 * then the whole answer against its committed snapshot. Failures name the case folder.
 */
@QuarkusTest
class DosingCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyPrescriptionCaseGetsItsExpectedFindingsAndAnswersItsSnapshot() {
        return Fixtures.all("dosing").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        String body = Api.prescriptionAnswer(c);
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
        if (then.has("notCalculated")) {
            Set<String> expected = new TreeSet<>();
            then.path("notCalculated").forEach(n -> expected.add(n.asText()));
            Set<String> actual = new TreeSet<>();
            answer.path("notCalculated").forEach(n -> actual.add(n.path("id").asText()));
            assertEquals(expected, actual, context);
        }
        if (then.has("refillDue")) {
            assertEquals(
                    then.path("refillDue").asText(), answer.path("refillDue").asText(), context);
        }
        for (JsonNode f : findings) {
            assertFalse(f.path("citations").isEmpty(), context + " finding without citation " + f.path("rule"));
        }
        Snapshots.check(c, body);
    }
}
