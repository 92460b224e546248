package org.idds.cds.safety;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FigureRef;
import org.idds.cds.ruleset.Ruleset;

/**
 * The safety rules' findings on a planned procedure turned into the answer: findings in the shared shape (critical,
 * then warning, then info; by rule id within a severity), each antithrombotic's plan composed from the effects the
 * fired rules state (dated from their hold figures, or why not), and the status by safety's outcomes file.
 */
public final class ProcedureEvaluation {

    private final Ruleset ruleset;
    private final ProcedureCheck check;
    private final List<FiredFinding> fired;

    public ProcedureEvaluation(Ruleset ruleset, ProcedureCheck check, EngineResult result) {
        this.ruleset = ruleset;
        this.check = check;
        this.fired = result.inAnswerOrder(ruleset);
    }

    /** The findings in answer order, ids {@code f1}..{@code fn}, their facts added to {@code facts}. */
    public List<AnswerFinding> findings(AnswerFacts facts) {
        return FiredFinding.answered(fired, (id, f) -> {
            // a hold's figures of its range are shown with it, as the rule names them
            List<GovernedFigure> alsoShown = f.as(SafetyFinding.class).alsoShown().stream()
                    .flatMap(p -> p.governedFigures().stream())
                    .toList();
            return ruleset.firedFinding(id, f.ruleId(), f.ruleVersion(), f.matchedFacts(), alsoShown, facts)
                    .withInputs(RespiratoryInputsNotGiven.of(f.matchedFacts()));
        });
    }

    /** Each antithrombotic's plan, in the order given. */
    public List<DrugPlan> plans() {
        OffsetDateTime at = check.procedure().at();
        List<DrugPlan> plans = new ArrayList<>();
        for (Antithrombotic drug : check.antithrombotics()) {
            Set<PlanEffect> effects = EnumSet.noneOf(PlanEffect.class);
            List<String> ids = new ArrayList<>();
            Optional<Parameter> stop = Optional.empty();
            Optional<Parameter> restart = Optional.empty();
            List<Parameter> also = new ArrayList<>();
            for (int i = 0; i < fired.size(); i++) {
                SafetyFinding s = fired.get(i).as(SafetyFinding.class);
                boolean aboutThisDrug = s.drug().map(drug.drug()::equals).orElse(s.effect() != PlanEffect.NONE);
                if (!aboutThisDrug) {
                    continue;
                }
                ids.add(AnswerFinding.id(i));
                effects.add(s.effect());
                if (s.stopBefore().isPresent()) {
                    stop = s.stopBefore();
                }
                if (s.restartAfter().isPresent()) {
                    restart = s.restartAfter();
                }
                also.addAll(s.alsoShown());
            }
            DrugPlan.Plan plan = plan(effects, stop.isPresent() || restart.isPresent());
            boolean dated = plan != DrugPlan.Plan.DO_NOT_INTERRUPT;
            plans.add(new DrugPlan(
                    drug.drug(),
                    plan,
                    drug.lastDose(),
                    stop.filter(p -> dated).map(p -> dated(p, at.minus(Durations.of(p)))),
                    dated
                            ? also.stream()
                                    .map(p -> dated(p, at.minus(Durations.of(p))))
                                    .toList()
                            : List.of(),
                    restart.filter(p -> dated).map(p -> dated(p, at.plus(Durations.of(p)))),
                    effects.contains(PlanEffect.HOLD_IS_MINIMUM),
                    ids));
        }
        return List.copyOf(plans);
    }

    private static DrugPlan.Plan plan(Set<PlanEffect> effects, boolean hasFigures) {
        if (effects.contains(PlanEffect.DO_NOT_INTERRUPT)) {
            return DrugPlan.Plan.DO_NOT_INTERRUPT;
        }
        if (effects.contains(PlanEffect.CONFLICT)) {
            return DrugPlan.Plan.CONFLICT;
        }
        if (effects.contains(PlanEffect.NOT_DATED) || !hasFigures) {
            return DrugPlan.Plan.NOT_DATED;
        }
        if (effects.contains(PlanEffect.PRESCRIBER_DECIDES)
                || effects.contains(PlanEffect.HOLD_IS_MINIMUM)
                || effects.contains(PlanEffect.RESTART_ONLY)) {
            return DrugPlan.Plan.PRESCRIBER_DECIDES;
        }
        return DrugPlan.Plan.DATED;
    }

    private static DrugPlan.DatedFigure dated(Parameter figure, OffsetDateTime when) {
        BigDecimal hours =
                Quantity.of(figure.value(), figure.unit()).to(Unit.HOUR).value().stripTrailingZeros();
        return new DrugPlan.DatedFigure(FigureRef.of(figure.governedFigures().get(0)), hours.toPlainString(), when);
    }

    /** The status by the ruleset's status policy ({@code safety/outcomes.json}), from the findings' severities. */
    public ProcedureCheckResult.Status status() {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        fired.forEach(f -> severities.add(ruleset.firedRule(f.ruleId()).severity()));
        return SafetyOutcomes.of(ruleset).status(severities);
    }
}
