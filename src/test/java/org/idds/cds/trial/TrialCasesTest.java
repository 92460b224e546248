package org.idds.cds.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.SiteRulesets;
import org.idds.cds.support.StatusCaseChecks;
import org.idds.cds.trial.api.TrialEvaluationMapper;
import org.idds.cds.trial.api.TrialEvaluationRequest;
import org.idds.cds.trial.service.TrialEvaluationService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every trial case (src/test/resources/rules/trial/&lt;topic&gt;/cases/) end to end: the status, the findings the case
 * expects (rule and severity), the rules it expects absent, every finding cited, then the whole answer against its
 * committed snapshot. A case that sets site parameters (case.json {@code siteParameters}) is answered by the trial
 * service with the bundled ruleset with those set, since the service over HTTP runs the bundled ruleset as shipped.
 * Failures name the case folder.
 */
@QuarkusTest
class TrialCasesTest {

    @Inject
    RuleEngine engine;

    @Inject
    TrialEvaluationService evaluations;

    @Inject
    ObjectMapper json;

    @TestFactory
    Stream<DynamicTest> everyTrialCaseGetsItsExpectedOutcomeAndAnswersItsSnapshot() {
        return Fixtures.all("trial").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        StatusCaseChecks.check(c, answer(c), (answer, context) -> {
            if (c.then().has("reliefPercent")) {
                assertEquals(
                        c.then().path("reliefPercent").decimalValue().stripTrailingZeros(),
                        answer.path("relief").path("percent").decimalValue().stripTrailingZeros(),
                        context + " relief");
            }
            JsonNode handOver = answer.path("handOver");
            // a hand-over only on success, never sent, never with a daily dose; an epidural trial's route named
            assertEquals(
                    answer.path("status").asText().equals("SUCCESS"),
                    !handOver.isMissingNode(),
                    context + " hand-over");
            if (!handOver.isMissingNode()) {
                assertFalse(handOver.path("sent").asBoolean(), context + " hand-over sent");
                assertTrue(
                        handOver.path("request")
                                .path("basalDose")
                                .path("dailyDose")
                                .isMissingNode(),
                        context);
                assertEquals(
                        "FIRST_DOSE", handOver.path("request").path("context").asText(), context);
                for (JsonNode drug : answer.path("trial").path("drugs")) {
                    assertTrue(
                            handOver.path("fromTrial")
                                    .path("drugs")
                                    .toString()
                                    .contains(
                                            "\"route\":\"" + drug.path("route").asText() + "\""),
                            context + " route handed over");
                }
            }
            // no verdict without the site's threshold
            if (answer.path("status").asText().equals("LOCAL_POLICY_DECIDES")) {
                assertTrue(answer.path("criteria").toString().contains("NO_SITE_THRESHOLD"), context);
            }
        });
    }

    private String answer(ClinicalCase c) throws Exception {
        if (!c.setsSiteParameters()) {
            return Api.trialAnswer(c);
        }
        Ruleset site = SiteRulesets.bundledWith(c.siteParameters());
        engine.compile(site);
        if (!"POST /api/v1/trial-evaluations".equals(c.when())) {
            throw new IllegalStateException(c.path() + ": no site-set answer for " + c.when());
        }
        TrialEvaluationRequest request = json.readValue(c.request(), TrialEvaluationRequest.class);
        TrialEvaluationResult result = evaluations.withoutStoring(
                TrialEvaluationMapper.toEvaluation(request, site.trialProtocols(), site.drugs()),
                site,
                Optional.ofNullable(request.caseReference()),
                UUID.randomUUID(),
                Instant.now());
        return json.writeValueAsString(result);
    }
}
