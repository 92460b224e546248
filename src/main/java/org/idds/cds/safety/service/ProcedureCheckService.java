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
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.safety.ProcedureCheckResult;
import org.idds.cds.safety.ProcedureEvaluation;
import org.jboss.logging.Logger;

/**
 * Checks the antithrombotics before a planned neuraxial procedure with the active ruleset, records the check in the
 * audit before answering, and replays a stored check under the exact ruleset it was made with. Each answer is counted
 * by status ({@link AssessmentMetrics}).
 */
@Startup // its answer counters exist, at 0, from the start
@Singleton // not proxied: AuditedChecks, its superclass, has no constructor a client proxy could use
public class ProcedureCheckService extends AuditedChecks<ProcedureCheck, ProcedureCheckResult> {

    private static final Logger LOG = Logger.getLogger(ProcedureCheckService.class);

    private final RuleEngine engine;

    public ProcedureCheckService(Rulesets rulesets, RuleEngine engine, AnswerClock clock, AnswerRecorder recorder) {
        super(
                rulesets,
                clock,
                recorder.kind(
                        AssessmentKind.PROCEDURE_CHECK,
                        ProcedureCheckResult.Status.class,
                        ProcedureCheckResult::status,
                        LOG,
                        "procedure check"),
                Concern.SAFETY,
                ProcedureCheckResult::findings);
        this.engine = engine;
    }

    @Override
    protected ProcedureCheckResult answer(
            ProcedureCheck check, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        List<Object> facts = new ArrayList<>(ruleset.parameters(Concern.SAFETY));
        facts.addAll(check.facts());
        ProcedureEvaluation evaluation =
                new ProcedureEvaluation(ruleset, check, engine.evaluate(ruleset.version(), Concern.SAFETY, facts));
        AnswerFacts answerFacts = new AnswerFacts();
        List<AnswerFinding> findings = evaluation.findings(answerFacts);
        return new ProcedureCheckResult(
                AnswerHeader.of(id, AssessmentKind.PROCEDURE_CHECK, at, ruleset.ref(), caseReference),
                evaluation.status(),
                new ProcedureCheckResult.Procedure(
                        check.procedure().kind(), check.procedure().at()),
                evaluation.plans(),
                answerFacts.asMap(),
                findings,
                findings.stream().anyMatch(AnswerFinding::unverified));
    }
}
