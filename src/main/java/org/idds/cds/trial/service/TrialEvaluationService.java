package org.idds.cds.trial.service;

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
@Singleton // not proxied: AuditedChecks, its superclass, has no constructor a client proxy could use
public class TrialEvaluationService extends AuditedChecks<TrialEvaluation, TrialEvaluationResult> {

    private static final Logger LOG = Logger.getLogger(TrialEvaluationService.class);

    private final RuleEngine engine;

    public TrialEvaluationService(Rulesets rulesets, RuleEngine engine, AnswerClock clock, AnswerRecorder recorder) {
        super(
                rulesets,
                clock,
                recorder.kind(
                        AssessmentKind.TRIAL_EVALUATION,
                        TrialEvaluationStatus.class,
                        TrialEvaluationResult::status,
                        LOG,
                        "trial evaluation"),
                Concern.TRIAL,
                TrialEvaluationResult::findings);
        this.engine = engine;
    }

    /**
     * The evaluation under {@code ruleset} at {@code at}; unstored ({@link #withoutStoring}) for a composed answer (the
     * MDT case) and for a ruleset a site has set its parameters in (the engine must have compiled it).
     */
    @Override
    protected TrialEvaluationResult answer(
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
