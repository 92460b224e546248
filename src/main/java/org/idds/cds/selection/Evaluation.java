package org.idds.cds.selection;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Grounds;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.EvidenceViews;
import org.idds.cds.ruleset.EvidenceViews.CitationView;
import org.idds.cds.ruleset.EvidenceViews.FigureView;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.Views.AlternativeFactorView;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.MissingInputView;
import org.idds.cds.selection.Views.OmeLineView;
import org.idds.cds.selection.Views.OpioidLoadView;
import org.idds.cds.selection.Views.PertinentNegative;
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
    private final EvidenceViews views;
    private final OutcomePolicy policy;
    private final List<Object> facts;
    private final EngineResult result;

    /**
     * Facts the basis lookup ({@link #basisFor}) has visited so far: a work count for the budget test
     * (docs/performance.md), never part of an answer. An Evaluation serves one request on one thread.
     */
    private int basisFactVisits;

    /** Every basis item of the facts, in fact order: built once, on the first basis lookup. */
    private Optional<List<BasisItem>> basisItems = Optional.empty();

    /** The basis found for each input path asked so far (rules share inputs). */
    private final Map<String, List<BasisItem>> basisByInput = new java.util.HashMap<>();

    /** {@code policy} is the ruleset's own outcome policy (its {@code selection/outcomes.json}). */
    public Evaluation(Ruleset ruleset, OutcomePolicy policy, List<Object> facts, EngineResult result) {
        this.ruleset = ruleset;
        this.views = new EvidenceViews(ruleset);
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

    /**
     * Whether the verdict is provisional under the ruleset's outcome policy: given on the decisive inputs while
     * checks to confirm before any trial or implant are missing.
     */
    public boolean provisional() {
        return policy.provisional(
                verdict(),
                result.findings().stream()
                        .map(f -> f.as(Finding.class).effect())
                        .toList());
    }

    /**
     * The device plan the answer shows: only for a verdict the outcome policy names (a candidate) and never for a
     * provisional one, whose device and trial planning wait for its checks.
     */
    public Optional<DevicePlan> shownDevicePlan() {
        return policy.devicePlanShown(verdict(), provisional(), devicePlan());
    }

    /**
     * The recommendations as the answer shows them: when no device plan is shown, no recommendation carries one
     * either (the life-expectancy findings still say what the prognosis would mean if the patient were a candidate).
     */
    public List<Recommendation> shownRecommendations() {
        List<Recommendation> all = recommendations();
        if (shownDevicePlan().isPresent()) {
            return all;
        }
        return all.stream()
                .map(r -> r.devicePlan().isEmpty() ? r : withoutDevicePlan(r))
                .toList();
    }

    /** The missing checks the MDT must confirm before any trial or implant: the provisional checklist. */
    public List<MissingInputView> toConfirm() {
        return missingInputs().stream()
                .filter(m -> m.role() == Views.MissingRole.CONFIRM_BEFORE_IMPLANT)
                .toList();
    }

    private static Recommendation withoutDevicePlan(Recommendation r) {
        return new Recommendation(
                r.id(),
                r.ruleId(),
                r.ruleVersion(),
                r.ruleTitle(),
                r.concern(),
                r.topic(),
                r.severity(),
                r.effect(),
                r.summary(),
                r.detail(),
                Optional.empty(),
                r.citations(),
                r.basis(),
                r.parameters(),
                r.unverifiedParameters(),
                r.calculation());
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
                                        l.factorLabel(),
                                        citations(l.factorCitations()),
                                        l.alternative()
                                                .map(a -> new AlternativeFactorView(
                                                        a.label(),
                                                        a.factor(),
                                                        QuantityView.of(a.ome()),
                                                        a.verification() == Verification.VERIFIED,
                                                        citations(a.citations()))),
                                        l.enteredAs()))
                                .toList(),
                        QuantityView.of(load.alternativeTotalOme()),
                        load.factorsDisagree()));
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
            if (rule.concern() != org.idds.cds.kernel.Concern.SELECTION) {
                continue; // other concerns' rules are not criteria of a candidacy
            }
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
            boolean toConfirm =
                    findings.stream().anyMatch(f -> f.as(Finding.class).effect() == Effect.MISSING_TO_CONFIRM);
            Views.MissingRole role = required
                    ? Views.MissingRole.REQUIRED
                    : toConfirm ? Views.MissingRole.CONFIRM_BEFORE_IMPLANT : Views.MissingRole.ADVISORY;
            List<RuleRef> neededBy = findings.stream()
                    .map(f -> new RuleRef(f.ruleId(), metadata(f).title()))
                    .distinct()
                    .toList();
            String why =
                    findings.stream().map(f -> metadata(f).summary()).distinct().collect(Collectors.joining(" "));
            views.add(new MissingInputView(input.path(), input.stage(), required, neededBy, why, role));
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
        Grounds grounds = Grounds.of(fired.matchedFacts());
        List<String> calculation = new ArrayList<>();
        for (Object fact : fired.matchedFacts()) {
            if (fact instanceof OpioidLoad load) {
                load.lines().forEach(l -> calculation.add(l.calculation()));
            }
        }
        List<FigureView> figureViews =
                grounds.figures().stream().map(this::figure).toList();
        List<String> unverified = grounds.unverifiedFigures();
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
                grounds.basis(),
                figureViews,
                unverified,
                calculation);
    }

    /**
     * Work of the basis lookup of this evaluation so far: the facts visited once to flatten them into basis items, plus
     * the basis items looked at once for each distinct input asked; counted for the work budget, it changes nothing.
     */
    public int basisFactVisits() {
        return basisFactVisits;
    }

    /**
     * The basis items under {@code input}'s path (the path itself or below it), in fact order. The facts are flattened
     * into their basis items once, and each input's result is kept, so a lookup no longer rescans every fact.
     */
    private List<BasisItem> basisFor(InputField input) {
        return basisByInput.computeIfAbsent(input.path(), path -> {
            List<BasisItem> all = basisItems();
            basisFactVisits += all.size(); // each basis item looked at once per distinct input
            return all.stream().filter(b -> b.input().startsWith(path)).toList();
        });
    }

    private List<BasisItem> basisItems() {
        if (basisItems.isEmpty()) {
            basisFactVisits += facts.size(); // every fact visited once, to flatten
            basisItems = Optional.of(facts.stream()
                    .filter(BasisFact.class::isInstance)
                    .flatMap(f -> ((BasisFact) f).basis().stream())
                    .toList());
        }
        return basisItems.orElseThrow();
    }

    private FigureView figure(GovernedFigure f) {
        return views.figure(f);
    }

    private List<CitationView> citations(List<Citation> citations) {
        return views.citations(citations);
    }

    private RuleMetadata metadata(FiredFinding fired) {
        return ruleset.rule(fired.ruleId())
                .orElseThrow(() -> new IllegalStateException("Fired rule without metadata: " + fired.ruleId()));
    }
}
