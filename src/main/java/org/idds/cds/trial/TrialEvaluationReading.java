package org.idds.cds.trial;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.trial.CitedThreshold;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.trial.TrialEvaluationResult.CitedFigure;
import org.idds.cds.trial.TrialEvaluationResult.Criterion;
import org.idds.cds.trial.TrialEvaluationResult.Drug;
import org.idds.cds.trial.TrialEvaluationResult.HandOver;

/**
 * The evaluation rules' findings on one trial turned into the answer's parts: the findings in the shared shape
 * (critical, then warning, then info; by rule id within a severity), the status by the evaluation status policy of the
 * trial outcomes file, each criterion's result, the relief against each cited figure, and on success the hand-over.
 */
public final class TrialEvaluationReading {

    /** The parameter the site sets as its success threshold (no default). */
    public static final String SUCCESS_THRESHOLD = "trial.evaluation.successThreshold";

    /** Smith 2002's toxicity reduction, for a referral for side effects. */
    public static final String TOXICITY_REDUCTION = "trial.evaluation.sideEffects.toxicityReduction";

    /** The endpoint the hand-over suggests a request for. */
    public static final String PRESCRIPTION_CHECKS = "POST /api/v1/prescription-checks";

    private final Ruleset ruleset;
    private final TrialEvaluation trial;
    private final List<Parameter> parameters;
    private final List<FiredFinding> fired;

    public TrialEvaluationReading(
            Ruleset ruleset, TrialEvaluation trial, List<Parameter> parameters, EngineResult result) {
        this.ruleset = ruleset;
        this.trial = trial;
        this.parameters = List.copyOf(parameters);
        this.fired = result.inAnswerOrder(ruleset);
    }

    /** The findings in answer order, ids {@code f1}..{@code fn}, their facts added to {@code facts}. */
    public List<AnswerFinding> findings(AnswerFacts facts) {
        return FiredFinding.answered(
                fired,
                (id, f) -> ruleset.firedFinding(id, f.ruleId(), f.ruleVersion(), f.matchedFacts(), List.of(), facts));
    }

    /** The status by the trial outcomes file's evaluation policy, from the findings' effects. */
    public TrialEvaluationStatus status() {
        Set<TrialEffect> effects = EnumSet.noneOf(TrialEffect.class);
        fired.forEach(f -> effects.add(f.as(TrialFinding.class).effect()));
        return TrialOutcomes.of(ruleset).evaluation().status(effects);
    }

    /** Each criterion's result (shown; the status is the rules'). */
    public List<Criterion> criteria() {
        TrialRelief relief = trial.relief();
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion(
                TrialCriterion.RELIEF_AT_LEAST_SITE_THRESHOLD,
                trial.referralReason() == ReferralReason.INTOLERABLE_SIDE_EFFECTS
                        ? CriterionResult.NOT_APPLICABLE
                        : parameter(SUCCESS_THRESHOLD)
                                .filter(Parameter::isSet)
                                .map(t -> relief.atLeast(t) ? CriterionResult.MET : CriterionResult.NOT_MET)
                                .orElse(CriterionResult.NO_SITE_THRESHOLD)));
        criteria.add(new Criterion(
                TrialCriterion.FUNCTIONAL_IMPROVEMENT,
                trial.function()
                        .map(f -> f.improved() ? CriterionResult.MET : CriterionResult.NOT_MET)
                        .orElse(CriterionResult.NOT_RECORDED)));
        criteria.add(new Criterion(
                TrialCriterion.TOLERABLE_ADVERSE_EFFECTS,
                trial.adverseEffects()
                        .map(effects ->
                                effects.stream().anyMatch(e -> e.severity() == AdverseSeverity.SEVERE || e.serious())
                                        ? CriterionResult.NOT_MET
                                        : CriterionResult.MET)
                        .orElse(CriterionResult.NOT_RECORDED)));
        criteria.add(new Criterion(
                TrialCriterion.NO_RESCUE_MEDICATION,
                trial.rescue()
                        .map(r -> r.given() ? CriterionResult.NOT_MET : CriterionResult.MET)
                        .orElse(CriterionResult.NOT_RECORDED)));
        if (trial.referralReason() == ReferralReason.INTOLERABLE_SIDE_EFFECTS) {
            Optional<Parameter> reduction = parameter(TOXICITY_REDUCTION).filter(Parameter::isSet);
            criteria.add(new Criterion(
                    TrialCriterion.SIDE_EFFECTS_REDUCED,
                    trial.sideEffectReduction()
                            .map(r -> reduction.isEmpty()
                                    ? CriterionResult.NO_SITE_THRESHOLD
                                    : relief.painNotWorse() && r.atLeast(reduction.get())
                                            ? CriterionResult.MET
                                            : CriterionResult.NOT_MET)
                            .orElse(CriterionResult.NOT_RECORDED)));
        }
        return List.copyOf(criteria);
    }

    /**
     * The relief against each cited figure of the success criteria of the trial's protocol (or, given only a method,
     * of the first protocol of the ruleset with that method), as information.
     */
    public List<CitedFigure> citedFigures() {
        Optional<TrialProtocol> protocol = trial.protocol()
                .or(() -> ruleset.trialProtocols().stream()
                        .filter(p -> p.method() == trial.method())
                        .findFirst());
        if (protocol.isEmpty()) {
            return List.of();
        }
        TrialRelief relief = trial.relief();
        List<CitedFigure> figures = new ArrayList<>();
        List<CitedThreshold> cited = protocol.get().successCriteria().cited();
        for (int i = 0; i < cited.size(); i++) {
            CitedThreshold t = cited.get(i);
            int against = relief.percent().compareTo(t.figure().value());
            figures.add(new CitedFigure(
                    protocol.get().id(),
                    i,
                    t.use(),
                    t.comparison(),
                    t.figure().value(),
                    t.figure().unit(),
                    t.figure().verification() == Verification.VERIFIED,
                    CitationRef.of(t.figure().citations()),
                    t.comparison() == CitedThreshold.Comparison.MORE_THAN ? against > 0 : against >= 0));
        }
        return List.copyOf(figures);
    }

    /** On success, the hand-over to dosing: a suggested prescription check without a daily dose. */
    public Optional<HandOver> handOver(TrialEvaluationStatus status, List<Drug> drugs) {
        if (status != TrialEvaluationStatus.SUCCESS) {
            return Optional.empty();
        }
        String first = trial.drugs().get(0).drug();
        SuggestedPrescriptionCheck request = new SuggestedPrescriptionCheck(
                SuggestedPrescriptionCheck.FIRST_DOSE,
                trial.drugs().stream()
                        .map(d -> new SuggestedPrescriptionCheck.Content(d.drug()))
                        .distinct()
                        .toList(),
                new SuggestedPrescriptionCheck.BasalDose(first),
                new SuggestedPrescriptionCheck.Patient(trial.opioidStatus()));
        return Optional.of(new HandOver(
                PRESCRIPTION_CHECKS,
                false,
                request,
                List.of("basalDose.dailyDose"),
                new TrialEvaluationResult.FromTrial(
                        trial.method(), drugs, trial.adverseEffects().orElse(List.of()))));
    }

    private Optional<Parameter> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
