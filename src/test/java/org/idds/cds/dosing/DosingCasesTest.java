package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.StatusCaseChecks;
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

    @TestFactory
    Stream<DynamicTest> everyPrescriptionCaseGetsItsExpectedFindingsAndAnswersItsSnapshot() {
        return Fixtures.all("dosing").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        JsonNode then = c.then();
        StatusCaseChecks.check(c, Api.prescriptionAnswer(c), (answer, context) -> {
            if (then.has("notCalculated")) {
                Set<String> expected = new TreeSet<>();
                then.path("notCalculated").forEach(n -> expected.add(n.asText()));
                Set<String> actual = new TreeSet<>();
                answer.path("notCalculated")
                        .forEach(n -> actual.add(n.path("id").asText()));
                assertEquals(expected, actual, context);
            }
            if (then.has("refillDue")) {
                assertEquals(
                        then.path("refillDue").asText(),
                        answer.path("refillDue").asText(),
                        context);
            }
        });
    }
}
