package org.idds.cds.trial.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.trial.PainScore;
import org.idds.cds.trial.TrialEvaluation;
import org.idds.cds.trial.TrialEvaluationReading;
import org.idds.cds.trial.TrialEvaluationResult;
import org.idds.cds.trial.TrialEvaluationStatus;
import org.idds.cds.trial.TrialRelief;
import org.jboss.logging.Logger;

/**
 * Evaluates one intrathecal trial with the active ruleset, records the evaluation in the audit before answering, and
 * replays a stored evaluation under the exact ruleset it was made with. Each answer is counted by status
 * ({@link AssessmentMetrics}).
 */
@Startup // its answer counters exist, at 0, from the start
@ApplicationScoped
public class TrialEvaluationService {

    private static final Logger LOG = Logger.getLogger(TrialEvaluationService.class);

    private final Rulesets rulesets;
    private final RuleEngine engine;
    private final AnswerRecorder.Kind<TrialEvaluationResult, TrialEvaluationStatus> answers;

    public TrialEvaluationService(Rulesets rulesets, RuleEngine engine, AnswerRecorder recorder) {
        this.rulesets = rulesets;
        this.engine = engine;
        this.answers = recorder.kind(
                AssessmentKind.TRIAL_EVALUATION,
                TrialEvaluationStatus.class,
                TrialEvaluationResult::status,
                LOG,
                "trial evaluation");
    }

    public Recorded<TrialEvaluationResult> evaluate(
            TrialEvaluation trial, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        Ruleset ruleset = rulesets.active();
        TrialEvaluationResult result = evaluate(
                trial, ruleset, caseReference, UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return answers.record(result, request, caller);
    }

    /**
     * The evaluation under {@code ruleset} at {@code at}, neither stored nor counted: for a composed answer (the MDT
     * case), stored as one row of its own, and for a ruleset a site has set its parameters in (the engine must have
     * compiled it).
     */
    public TrialEvaluationResult evaluateWithoutStoring(
            TrialEvaluation trial, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        return evaluate(trial, ruleset, caseReference, id, at);
    }

    /**
     * Re-runs a stored trial evaluation with the ruleset version and content it was made with and gives its status
     * and findings (for {@code audit.AssessmentReplays} to compare); {@code parse} reads the stored request back.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored,
            BiFunction<StoredAssessment, Ruleset, TrialEvaluation> parse,
            String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.TRIAL);
        return AssessmentReplayer.Replayed.of(
                stored,
                currentSchema,
                () -> evaluate(
                        parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt()),
                TrialEvaluationResult::findings);
    }

    private TrialEvaluationResult evaluate(
            TrialEvaluation trial, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        List<Parameter> parameters = ruleset.parameters(Concern.TRIAL);
        List<Object> facts = new ArrayList<>(parameters);
        facts.addAll(trial.facts());
        TrialEvaluationReading reading = new TrialEvaluationReading(
                ruleset, trial, parameters, engine.evaluate(ruleset.version(), Concern.TRIAL, facts));
        AnswerFacts answerFacts = new AnswerFacts();
        List<AnswerFinding> findings = reading.findings(answerFacts);
        TrialEvaluationStatus status = reading.status();
        List<TrialEvaluationResult.Drug> drugs = trial.drugs().stream()
                .map(d -> new TrialEvaluationResult.Drug(
                        d.drug(),
                        new TrialEvaluationResult.Dose(
                                d.dose().value(), d.dose().unit().ucum()),
                        d.route()))
                .toList();
        TrialRelief relief = trial.relief();
        List<TrialEvaluationResult.TimePoint> points =
                trial.painScores().stream().map(s -> timePoint(trial, s)).toList();
        List<TrialEvaluationResult.CitedFigure> cited = reading.citedFigures();
        return new TrialEvaluationResult(
                AnswerHeader.of(id, AssessmentKind.TRIAL_EVALUATION, at, ruleset.ref(), caseReference),
                status,
                new TrialEvaluationResult.Trial(
                        trial.protocol().map(p -> p.id()),
                        trial.method(),
                        drugs,
                        trial.reliefHours(),
                        trial.rescue(),
                        trial.referralReason(),
                        trial.opioidStatus()),
                new TrialEvaluationResult.Relief(
                        trial.baselinePain(), points, "BEST_TIME_POINT", timePoint(trial, relief.at()), relief.shown()),
                cited,
                reading.criteria(),
                reading.handOver(status, drugs),
                answerFacts.asMap(),
                findings,
                findings.stream().anyMatch(AnswerFinding::unverified)
                        || cited.stream().anyMatch(c -> !c.verified()));
    }

    private static TrialEvaluationResult.TimePoint timePoint(TrialEvaluation trial, PainScore s) {
        return new TrialEvaluationResult.TimePoint(
                s.afterDoseHours(),
                s.score(),
                TrialRelief.percent(trial.baselinePain(), s.score()).setScale(0, java.math.RoundingMode.HALF_UP));
    }
}
