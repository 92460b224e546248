package org.idds.cds.safety.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AssessmentMetrics;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.ReplayResult;
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
    private final AssessmentStore store;
    private final ObjectMapper json;
    private final ProcedureCheckClock clock;
    private final AssessmentMetrics.Outcomes<ProcedureCheckResult.Status> checks;

    public ProcedureCheckService(
            Rulesets rulesets,
            RuleEngine engine,
            AssessmentStore store,
            ObjectMapper json,
            ProcedureCheckClock clock,
            AssessmentMetrics metrics) {
        this.checks = metrics.outcomes(AssessmentKind.PROCEDURE_CHECK, ProcedureCheckResult.Status.class);
        this.rulesets = rulesets;
        this.engine = engine;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    public Recorded<ProcedureCheckResult> check(
            ProcedureCheck check, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        Ruleset ruleset = rulesets.active();
        ProcedureCheckResult result = evaluate(check, ruleset, caseReference, UUID.randomUUID(), clock.now());
        Recorded<ProcedureCheckResult> recorded = store.record(json, result, request, caller);
        checks.answered(result.status());
        LOG.debugf("procedure check %s: %s (ruleset %s)", result.assessmentId(), result.status(), ruleset.version());
        return recorded;
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
        return AssessmentReplayer.Replayed.of(stored, ruleset.version(), ruleset.contentHash(), currentSchema, () -> {
            ProcedureCheckResult replayed = evaluate(
                    parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt());
            return ReplayResult.Outcome.of(replayed.status().name(), replayed.findings());
        });
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
