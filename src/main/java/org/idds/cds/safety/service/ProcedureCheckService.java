package org.idds.cds.safety.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;
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
@ApplicationScoped
public class ProcedureCheckService {

    private static final Logger LOG = Logger.getLogger(ProcedureCheckService.class);

    private final Rulesets rulesets;
    private final RuleEngine engine;
    private final ProcedureCheckClock clock;
    private final AnswerRecorder.Kind<ProcedureCheckResult, ProcedureCheckResult.Status> answers;

    public ProcedureCheckService(
            Rulesets rulesets, RuleEngine engine, ProcedureCheckClock clock, AnswerRecorder recorder) {
        this.answers = recorder.kind(
                AssessmentKind.PROCEDURE_CHECK,
                ProcedureCheckResult.Status.class,
                ProcedureCheckResult::status,
                LOG,
                "procedure check");
        this.rulesets = rulesets;
        this.engine = engine;
        this.clock = clock;
    }

    public Recorded<ProcedureCheckResult> check(
            ProcedureCheck check, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        return answers.record(
                evaluate(check, rulesets.active(), caseReference, UUID.randomUUID(), clock.now()), request, caller);
    }

    /**
     * The check under {@code ruleset} at {@code at}, neither stored nor counted: for a composed answer (the MDT case),
     * which is stored as one row of its own.
     */
    public ProcedureCheckResult checkWithoutStoring(ProcedureCheck check, Ruleset ruleset, UUID id, Instant at) {
        return evaluate(check, ruleset, Optional.empty(), id, at);
    }

    /**
     * Re-runs a stored procedure check with the ruleset version and content it was made with and gives its status and
     * findings (for {@code audit.AssessmentReplays} to compare); {@code parse} reads the stored request back.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored,
            BiFunction<StoredAssessment, Ruleset, ProcedureCheck> parse,
            String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.SAFETY);
        return AssessmentReplayer.Replayed.of(
                stored,
                currentSchema,
                () -> evaluate(
                        parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt()),
                ProcedureCheckResult::findings);
    }

    private ProcedureCheckResult evaluate(
            ProcedureCheck check, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        List<Object> facts = new ArrayList<>(ruleset.parameters(Concern.SAFETY));
        facts.addAll(check.facts());
        ProcedureEvaluation evaluation =
                new ProcedureEvaluation(ruleset, check, engine.evaluate(ruleset.version(), Concern.SAFETY, facts));
        AnswerFacts answerFacts = new AnswerFacts();
        List<AnswerFinding> findings = evaluation.findings(answerFacts);
        return new ProcedureCheckResult(
                AnswerFormat.ANSWER_2,
                id,
                AssessmentKind.PROCEDURE_CHECK,
                at,
                new RulesetRef(ruleset.id(), ruleset.version(), ruleset.contentHash()),
                caseReference,
                evaluation.status(),
                new ProcedureCheckResult.Procedure(
                        check.procedure().kind(), check.procedure().at()),
                evaluation.plans(),
                answerFacts.asMap(),
                findings,
                findings.stream().anyMatch(AnswerFinding::unverified));
    }
}
