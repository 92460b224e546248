package org.idds.cds.safety.service;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.audit.AnswerClock;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AuditedChecks;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.safety.FollowUpCheck;
import org.idds.cds.safety.FollowUpCheckResult;
import org.idds.cds.safety.FollowUpEvaluation;
import org.idds.cds.safety.RefillVolumes;
import org.jboss.logging.Logger;

/**
 * Checks one post-implant event (its device events) with the active ruleset, records the check in the audit before
 * answering, and replays a stored check under the exact ruleset it was made with. Each answer is counted by status
 * ({@link AssessmentMetrics}). The instant of a check is {@link AnswerClock}'s, as for every check.
 */
@Startup // its answer counters exist, at 0, from the start
@Singleton // not proxied: AuditedChecks, its superclass, has no constructor a client proxy could use
public class FollowUpCheckService extends AuditedChecks<FollowUpCheck, FollowUpCheckResult> {

    private static final Logger LOG = Logger.getLogger(FollowUpCheckService.class);

    private final RuleEngine engine;

    public FollowUpCheckService(Rulesets rulesets, RuleEngine engine, AnswerClock clock, AnswerRecorder recorder) {
        super(
                rulesets,
                clock,
                recorder.kind(
                        AssessmentKind.FOLLOW_UP_CHECK,
                        FollowUpCheckResult.Status.class,
                        FollowUpCheckResult::status,
                        LOG,
                        "follow-up check"),
                Concern.SAFETY,
                FollowUpCheckResult::findings);
        this.engine = engine;
    }

    @Override
    protected FollowUpCheckResult answer(
            FollowUpCheck check, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        List<Parameter> parameters = ruleset.parameters(Concern.SAFETY);
        Parameter margin = FollowUpCheck.siteMargin(parameters);
        List<Object> facts = new ArrayList<>(parameters);
        facts.addAll(check.facts(margin));
        FollowUpEvaluation evaluation =
                new FollowUpEvaluation(ruleset, engine.evaluate(ruleset.version(), Concern.SAFETY, facts));
        AnswerFacts answerFacts = new AnswerFacts();
        List<AnswerFinding> findings = evaluation.findings(answerFacts);
        return new FollowUpCheckResult(
                AnswerHeader.of(id, AssessmentKind.FOLLOW_UP_CHECK, at, ruleset.ref(), caseReference),
                evaluation.status(),
                new FollowUpCheckResult.Event(
                        check.event().kind(), check.event().at()),
                new FollowUpCheckResult.Pump(
                        check.pump().deviceId(), check.pump().isModelKnown()),
                check.refillVolumes(margin).map(RefillVolumes::working),
                answerFacts.asMap(),
                findings,
                findings.stream().anyMatch(AnswerFinding::unverified));
    }
}
