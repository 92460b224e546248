package org.idds.cds.selection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.Views.CitationView;
import org.idds.cds.selection.Views.FigureView;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.MissingInputView;
import org.idds.cds.selection.Views.OmeLineView;
import org.idds.cds.selection.Views.OpioidLoadView;
import org.idds.cds.selection.Views.PertinentNegative;
import org.idds.cds.selection.Views.QuantityView;
import org.idds.cds.selection.Views.Recommendation;
import org.idds.cds.selection.Views.RuleRef;
import org.idds.cds.selection.fact.CurrentMedication;
import org.idds.cds.selection.fact.MissingInput;

/**
 * Reads one engine result against its ruleset's metadata: recommendations with citations, basis and figures;
 * the verdict; pertinent negatives; and the missing inputs with the rules that need them.
 */
public final class Evaluation {

    private final Ruleset ruleset;
    private final OutcomePolicy policy;
    private final List<Object> facts;
    private final EngineResult result;

    /** {@code policy} is the ruleset's own outcome policy (its {@code selection/outcomes.json}). */
    public Evaluation(Ruleset ruleset, OutcomePolicy policy, List<Object> facts, EngineResult result) {
        this.ruleset = ruleset;
        this.policy = policy;
        this.facts = facts;
        this.result = result;
    }

    /** The verdict the ruleset's verdict policy gives for the effects of all fired findings. */
    public Verdict verdict() {
        return policy.verdict(result.findings().stream()
                .map(f -> f.as(Finding.class).effect())
                .toList());
    }

    public List<Recommendation> recommendations() {
        return result.findings().stream().map(this::recommendation).toList();
    }

    public Optional<DevicePlan> devicePlan() {
        return result.findings().stream()
                .map(f -> f.as(Finding.class).devicePlan())
                .flatMap(Optional::stream)
                .findFirst();
    }

    public Optional<OpioidLoadView> opioidLoad() {
        return facts.stream()
                .filter(OpioidLoad.class::isInstance)
                .map(OpioidLoad.class::cast)
                .findFirst()
                .map(load -> new OpioidLoadView(
                        QuantityView.of(load.totalOme()),
                        load.complete(),
                        load.lines().stream()
                                .map(l -> new OmeLineView(
                                        l.drug(),
                                        l.route().code(),
                                        l.dailyDose().map(QuantityView::of),
                                        l.factor(),
                                        l.ome().map(QuantityView::of),
                                        l.factorVerification()
                                                .map(v -> v == Verification.VERIFIED)
                                                .orElse(false),
                                        l.calculation(),
                                        l.enteredAs()))
                                .toList()));
    }

    /** Medications typed otherwise than by the catalogue's generic name (a brand, a synonym, another case). */
    public Optional<List<MedicationNameView>> medicationsReadAs() {
        List<MedicationNameView> names = facts.stream()
                .filter(CurrentMedication.class::isInstance)
                .map(CurrentMedication.class::cast)
                .filter(m -> m.enteredAs().isPresent())
                .map(m -> new MedicationNameView(
                        m.enteredAs().orElseThrow(), m.drug(), m.route().code()))
                .toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    public List<PertinentNegative> pertinentNegatives() {
        List<String> fired = result.firedRuleIds();
        List<InputField> missing = facts.stream()
                .filter(MissingInput.class::isInstance)
                .map(f -> ((MissingInput) f).field())
                .toList();
        List<PertinentNegative> negatives = new ArrayList<>();
        for (RuleMetadata rule : ruleset.rules().values()) {
            if (rule.whenNotMet().isEmpty()
                    || fired.contains(rule.id())
                    || rule.inputs().stream().map(InputField::valueOf).anyMatch(missing::contains)) {
                continue;
            }
            List<BasisItem> basis = rule.inputs().stream()
                    .map(InputField::valueOf)
                    .flatMap(input -> basisFor(input).stream())
                    .toList();
            negatives.add(new PertinentNegative(
                    rule.id(), rule.version(), rule.title(), rule.whenNotMet().orElseThrow(), basis));
        }
        return negatives;
    }

    public List<MissingInputView> missingInputs() {
        Map<InputField, List<FiredFinding>> byInput = new EnumMap<>(InputField.class);
        for (FiredFinding f : result.findings()) {
            for (InputField input : f.as(Finding.class).missingInputs()) {
                byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(f);
            }
        }
        List<MissingInputView> views = new ArrayList<>();
        byInput.forEach((input, findings) -> {
            boolean required =
                    findings.stream().anyMatch(f -> f.as(Finding.class).effect() == Effect.MISSING_REQUIRED);
            List<RuleRef> neededBy = findings.stream()
                    .map(f -> new RuleRef(f.ruleId(), metadata(f).title()))
                    .distinct()
                    .toList();
            String why =
                    findings.stream().map(f -> metadata(f).summary()).distinct().collect(Collectors.joining(" "));
            views.add(new MissingInputView(input.path(), input.stage(), required, neededBy, why));
        });
        return views;
    }

    public boolean reliesOnUnverifiedKnowledge(List<Recommendation> recommendations) {
        return recommendations.stream()
                .anyMatch(r -> !r.unverifiedParameters().isEmpty()
                        || r.citations().stream().anyMatch(c -> !c.verified()));
    }

    private Recommendation recommendation(FiredFinding fired) {
        RuleMetadata rule = metadata(fired);
        Map<String, GovernedFigure> figures = new LinkedHashMap<>();
        List<BasisItem> basis = new ArrayList<>();
        List<String> calculation = new ArrayList<>();
        for (Object fact : fired.matchedFacts()) {
            if (fact instanceof BasisFact b) {
                basis.addAll(b.basis());
            }
            if (fact instanceof Governed g) {
                g.governedFigures().forEach(fig -> figures.putIfAbsent(fig.key(), fig));
            }
            if (fact instanceof OpioidLoad load) {
                load.lines().forEach(l -> calculation.add(l.calculation()));
            }
        }
        List<FigureView> figureViews =
                figures.values().stream().map(this::figure).toList();
        List<String> unverified = figures.values().stream()
                .filter(f -> f.verification() != Verification.VERIFIED)
                .map(GovernedFigure::key)
                .toList();
        return new Recommendation(
                UUID.randomUUID(),
                rule.id(),
                fired.ruleVersion(),
                rule.title(),
                rule.concern(),
                rule.topic(),
                rule.severity().cdsHooksCode(),
                fired.as(Finding.class).effect(),
                rule.summary(),
                rule.detail(),
                fired.as(Finding.class).devicePlan(),
                citations(rule.citations()),
                basis,
                figureViews,
                unverified,
                calculation);
    }

    private List<BasisItem> basisFor(InputField input) {
        return facts.stream()
                .filter(BasisFact.class::isInstance)
                .flatMap(f -> ((BasisFact) f).basis().stream())
                .filter(b -> b.input().startsWith(input.path()))
                .toList();
    }

    private FigureView figure(GovernedFigure f) {
        return new FigureView(
                f.key(),
                f.value(),
                f.unit(),
                f.description(),
                f.verification() == Verification.VERIFIED,
                citations(f.citations()));
    }

    private List<CitationView> citations(List<Citation> citations) {
        return citations.stream()
                .map(c -> {
                    var source = ruleset.source(c.sourceKey()).orElseThrow();
                    return new CitationView(
                            c.sourceKey(),
                            source.label(),
                            c.locator(),
                            c.grade(),
                            c.verification() == Verification.VERIFIED,
                            source.doi());
                })
                .toList();
    }

    private RuleMetadata metadata(FiredFinding fired) {
        return ruleset.rule(fired.ruleId())
                .orElseThrow(() -> new IllegalStateException("Fired rule without metadata: " + fired.ruleId()));
    }
}
