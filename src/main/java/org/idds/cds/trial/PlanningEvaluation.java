package org.idds.cds.trial;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.idds.cds.clinical.trial.ObservationPolicy;
import org.idds.cds.clinical.trial.TrialFigure;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FigureRef;
import org.idds.cds.ruleset.Ruleset;

/**
 * The planning rules' findings turned into the trial plan: findings in the shared shape (critical, then warning, then
 * info; by rule id, then protocol and check within a rule), the open checks named by the rules that classified them,
 * each protocol's place, setting and observation (raised where the respiratory rule fired), and the status: ready to
 * book only when no finding holds the trial back.
 */
public final class PlanningEvaluation {

    /** The observation policy a raised observation is named by. */
    public static final String RESPIRATORY_RISK_POLICY = "respiratoryRisk";

    private final Ruleset ruleset;
    private final PlanningCase planning;
    private final Predicate<String> opioid;
    private final List<FiredFinding> fired;

    public PlanningEvaluation(Ruleset ruleset, PlanningCase planning, Predicate<String> opioid, EngineResult result) {
        this.ruleset = ruleset;
        this.planning = planning;
        this.opioid = opioid;
        List<FiredFinding> sorted = new ArrayList<>(result.findings());
        sorted.sort(Comparator.comparing(
                        (FiredFinding f) -> ruleset.firedRule(f.ruleId()).severity(), Severity.WORST_FIRST)
                .thenComparing(FiredFinding::ruleId)
                .thenComparing(f -> protocol(f).orElse(""))
                .thenComparing(PlanningEvaluation::firstInput));
        this.fired = List.copyOf(sorted);
    }

    public TrialPlan plan() {
        AnswerFacts facts = new AnswerFacts();
        List<AnswerFinding> findings = FiredFinding.answered(
                fired, (id, f) -> ruleset.firedFinding(id, f.ruleId(), f.ruleVersion(), matched(f), List.of(), facts));
        List<TrialPlan.ProtocolPlan> protocols = protocols();
        Set<TrialEffect> effects = EnumSet.noneOf(TrialEffect.class);
        fired.forEach(f -> effects.add(output(f).effect()));
        return new TrialPlan(
                TrialOutcomes.of(ruleset).planning().status(effects),
                effects.contains(TrialEffect.OMISSION_PROPOSED)
                        ? TrialPlan.Trial.OMISSION_PROPOSED
                        : TrialPlan.Trial.RECOMMENDED,
                openChecks(),
                protocols,
                facts.asMap(),
                findings,
                findings.stream().anyMatch(AnswerFinding::unverified)
                        || protocols.stream().anyMatch(p -> !p.observation().verified()));
    }

    /**
     * Each open check, named by the planning rule that classified it (its title says which check), in finding order,
     * with the inputs it waits for: the candidacy's, or the procedure check's (a drug whose hold the date does not meet).
     */
    private List<TrialPlan.OpenCheck> openChecks() {
        Map<String, List<FiredFinding>> byCheck = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < fired.size(); i++) {
            TrialEffect effect = output(fired.get(i)).effect();
            if (effect == TrialEffect.HOLDS_BOOKING || effect == TrialEffect.IMPLANT_ONLY) {
                String rule = fired.get(i).ruleId();
                byCheck.computeIfAbsent(rule, k -> new ArrayList<>()).add(fired.get(i));
                ids.computeIfAbsent(rule, k -> new ArrayList<>()).add(AnswerFinding.id(i));
            }
        }
        List<TrialPlan.OpenCheck> checks = new ArrayList<>();
        byCheck.forEach((check, found) -> checks.add(new TrialPlan.OpenCheck(
                check,
                found.stream().anyMatch(f -> output(f).effect() == TrialEffect.HOLDS_BOOKING),
                found.stream()
                        .flatMap(f -> f.matchedFacts().stream())
                        .flatMap(fact -> fact instanceof OpenCandidacyCheck o
                                ? Stream.of("candidacy." + o.input())
                                : fact instanceof ProcedureCheckOnTrialDate p
                                        ? (p.holdConflicts().isEmpty()
                                                ? Stream.of("procedureCheck")
                                                : p.holdConflicts().stream()
                                                        .map(d -> "procedureCheck.antithrombotics[" + d + "]"))
                                        : Stream.empty())
                        .distinct()
                        .toList(),
                ids.get(check))));
        return checks;
    }

    /** The ruleset's protocols ranked: the preferred, then the suitable, each in the ruleset's order. */
    private List<TrialPlan.ProtocolPlan> protocols() {
        Optional<FiredFinding> escalation = fired.stream()
                .filter(f -> output(f).effect() == TrialEffect.MONITORING_ESCALATED)
                .findFirst();
        List<TrialPlan.ProtocolPlan> unranked = new ArrayList<>();
        for (TrialProtocol p : ruleset.trialProtocols()) {
            TrialProtocolOption option = planning.option(p, opioid);
            List<String> ids = new ArrayList<>();
            boolean suitable = false;
            boolean notSuitable = false;
            for (int i = 0; i < fired.size(); i++) {
                TrialEffect effect = output(fired.get(i)).effect();
                boolean aboutIt = protocol(fired.get(i)).map(p.id()::equals).orElse(false)
                        || (effect == TrialEffect.MONITORING_ESCALATED && option.opioid());
                if (aboutIt) {
                    ids.add(AnswerFinding.id(i));
                    suitable |= effect == TrialEffect.PROTOCOL_SUITABLE;
                    notSuitable |= effect == TrialEffect.PROTOCOL_NOT_SUITABLE;
                }
            }
            boolean escalated = option.opioid() && escalation.isPresent();
            ObservationPolicy byDefault = p.observation().byDefault();
            TrialPlan.Observation observation;
            List<FigureRef> schedule = List.of();
            if (escalated) {
                Parameter raised = parameter(escalation.get(), "trial.respiratoryRisk.observation");
                BigDecimal protocolHours = hours(byDefault.minimumDuration());
                BigDecimal raisedHours =
                        Quantity.of(raised.value(), raised.unit()).to(Unit.HOUR).value();
                boolean protocolLonger = protocolHours.compareTo(raisedHours) > 0;
                observation = new TrialPlan.Observation(
                        protocolLonger ? byDefault.id() : RESPIRATORY_RISK_POLICY,
                        plain(protocolLonger ? protocolHours : raisedHours),
                        protocolLonger
                                ? byDefault.minimumDuration().verification() == Verification.VERIFIED
                                : raised.verification() == Verification.VERIFIED,
                        protocolLonger ? Optional.empty() : Optional.of(raised.key()),
                        List.of());
                schedule = Stream.of(
                                "trial.respiratoryRisk.hourlyChecksFor", "trial.respiratoryRisk.twoHourlyChecksFor")
                        .map(key -> FigureRef.of(parameter(escalation.get(), key)
                                .governedFigures()
                                .get(0)))
                        .toList();
            } else {
                observation = new TrialPlan.Observation(
                        byDefault.id(),
                        plain(hours(byDefault.minimumDuration())),
                        byDefault.minimumDuration().verification() == Verification.VERIFIED,
                        Optional.empty(),
                        p.observation().policies().stream()
                                .filter(o -> !o.id().equals(byDefault.id()))
                                .map(o -> new TrialPlan.Cited(
                                        o.id(),
                                        o.setting(),
                                        plain(hours(o.minimumDuration())),
                                        o.minimumDuration().verification() == Verification.VERIFIED))
                                .toList());
            }
            unranked.add(new TrialPlan.ProtocolPlan(
                    0,
                    p.id(),
                    p.version(),
                    p.method(),
                    suitable && !notSuitable,
                    option.preferred(),
                    escalated ? ObservationPolicy.Setting.INPATIENT : byDefault.setting(),
                    observation,
                    escalated,
                    schedule,
                    option.opioid(),
                    ids));
        }
        List<TrialPlan.ProtocolPlan> ranked = new ArrayList<>(unranked);
        ranked.sort(Comparator.comparing((TrialPlan.ProtocolPlan p) -> !p.preferred())
                .thenComparing(p -> !p.suitable())
                .thenComparing(unranked::indexOf));
        List<TrialPlan.ProtocolPlan> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            numbered.add(ranked.get(i).ranked(i + 1));
        }
        return numbered;
    }

    /**
     * The facts a rule matched, the findings a collecting pattern gathered counted one by one (the respiratory rule
     * collects the candidacy's risk findings).
     */
    private static List<Object> matched(FiredFinding f) {
        return f.matchedFacts().stream()
                .flatMap(fact ->
                        fact instanceof java.util.Collection<?> c ? c.stream().map(o -> (Object) o) : Stream.of(fact))
                .toList();
    }

    /** The protocol a rule matched, if any. */
    private static Optional<String> protocol(FiredFinding f) {
        return f.matchedFacts().stream()
                .filter(TrialProtocolOption.class::isInstance)
                .map(o -> ((TrialProtocolOption) o).protocol())
                .findFirst();
    }

    private static Parameter parameter(FiredFinding f, String key) {
        return f.matchedFacts().stream()
                .filter(fact -> fact instanceof Parameter p && p.key().equals(key))
                .map(Parameter.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(f.ruleId() + " did not match " + key));
    }

    private static BigDecimal hours(TrialFigure figure) {
        Unit unit = Unit.fromUcum(figure.unit())
                .orElseThrow(() -> new IllegalStateException("not a duration unit: " + figure.unit()));
        return Quantity.of(figure.value(), unit).to(Unit.HOUR).value();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static TrialFinding output(FiredFinding f) {
        return f.as(TrialFinding.class);
    }

    private static String firstInput(FiredFinding f) {
        return f.matchedFacts().stream()
                .filter(OpenCandidacyCheck.class::isInstance)
                .map(o -> ((OpenCandidacyCheck) o).rule() + " " + ((OpenCandidacyCheck) o).input())
                .findFirst()
                .orElse("");
    }
}
