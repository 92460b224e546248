package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.StatusCaseChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every safety case (src/test/resources/rules/safety/&lt;topic&gt;/cases/ and the seed cases in rules/safety/cases/)
 * end to end: POST the planned procedure (or, for a device-events case, the post-implant event), check the status, the findings the case expects (rule and severity), the
 * rules it expects absent and each drug's plan; every finding cited; a dated plan's latest last dose is the planned
 * time less its hold and its restart the planned time plus the restart figure, a drug not to be interrupted has no
 * date; a refill's worked-out volumes (expected, aspirated, delivered, difference in mL and %, tolerance) as the case
 * names them; then the whole answer against its committed snapshot. Failures name the case folder.
 */
@QuarkusTest
class SafetyCasesTest {

    @TestFactory
    Stream<DynamicTest> everyProcedureCaseGetsItsExpectedFindingsAndPlansAndAnswersItsSnapshot() {
        return Fixtures.all("safety").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        StatusCaseChecks.check(c, Api.safetyAnswer(c), (answer, context) -> {
            // a refill's working: each figure the case names, by name, as the answer shows it
            c.then().path("refillVolumes").fields().forEachRemaining(e -> {
                JsonNode figure = null;
                for (JsonNode f : answer.path("refillVolumes")) {
                    if (f.path("name").asText().equals(e.getKey())) {
                        figure = f;
                    }
                }
                assertEquals(
                        e.getValue().asText(),
                        figure == null ? null : figure.path("value").asText(),
                        context + " refill figure " + e.getKey());
            });
            c.then().path("drugPlans").fields().forEachRemaining(e -> {
                OffsetDateTime at = OffsetDateTime.parse(
                        answer.path("procedure").path("plannedAt").asText());
                JsonNode plan = drug(answer, e.getKey());
                assertEquals(e.getValue().asText(), plan.path("plan").asText(), context + " plan of " + e.getKey());
                if (plan.path("plan").asText().equals("DO_NOT_INTERRUPT")) {
                    assertFalse(plan.has("hold") || plan.has("restart"), context + ": a date for " + e.getKey());
                }
                if (plan.has("hold")) {
                    assertEquals(
                            at.minusMinutes(minutes(plan.path("hold"))),
                            OffsetDateTime.parse(plan.path("hold").path("at").asText()),
                            context + " latest last dose of " + e.getKey());
                }
                if (plan.has("restart")) {
                    assertEquals(
                            at.plusMinutes(minutes(plan.path("restart"))),
                            OffsetDateTime.parse(plan.path("restart").path("at").asText()),
                            context + " earliest restart of " + e.getKey());
                }
            });
        });
    }

    private static JsonNode drug(JsonNode answer, String name) {
        for (JsonNode d : answer.path("drugs")) {
            if (d.path("drug").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no plan for " + name + " in " + answer.path("drugs"));
    }

    private static long minutes(JsonNode dated) {
        return new BigDecimal(dated.path("hours").asText())
                .multiply(BigDecimal.valueOf(60))
                .longValueExact();
    }
}
