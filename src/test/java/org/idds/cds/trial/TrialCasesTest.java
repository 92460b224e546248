package org.idds.cds.trial;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.StatusCaseChecks;
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

    @TestFactory
    Stream<DynamicTest> everyTrialCaseGetsItsExpectedOutcomeAndAnswersItsSnapshot() {
        return Fixtures.all("trial").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        StatusCaseChecks.check(c, answer(c), (answer, context) -> {});
    }

    private String answer(ClinicalCase c) {
        if (c.setsSiteParameters()) {
            throw new IllegalStateException(c.path() + ": no site-set answer for " + c.when() + " yet");
        }
        return Api.trialAnswer(c);
    }
}
