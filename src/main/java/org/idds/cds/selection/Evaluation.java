package org.idds.cds.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Grounds;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.FindingEvidence;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.kernel.answer.NegativeRef;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;
import org.idds.cds.ruleset.OmeLineView;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.Views.FindingRole;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.OpioidLoadView;
import org.idds.cds.selection.fact.CurrentMedication;
import org.idds.cds.selection.fact.MissingInput;

/**
 * Reads one engine result against its ruleset's metadata into the parts of an answer in format
 * {@code idds-answer/2}: the facts once, each finding once (ordered by rule id, then effect; ids {@code f1}..
 * {@code fn}), the verdict, pertinent negatives, and the missing inputs, each once with the findings that need it.
 */
public final class Evaluation {

    private final Ruleset ruleset;
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

    /** The answer's parts, built once. */
    private Optional<Parts> parts = Optional.empty();

    /** {@code policy} is the ruleset's own outcome policy (its {@code selection/outcomes.json}). */
    public Evaluation(Ruleset ruleset, OutcomePolicy policy, List<Object> facts, EngineResult result) {
        this.ruleset = ruleset;
        this.policy = policy;
        this.facts = facts;
        this.result = result;
    }

    /**
     * The shared parts of the answer: {@code findings} as shown (no device plan on any finding when the answer shows
     * none: the life-expectancy findings still say what the prognosis would mean if the patient were a candidate).
     */
    public record Parts(
            Map<String, FactValue> facts,
            List<AnswerFinding> findings,
            List<NegativeRef> pertinentNegatives,
            List<MissingInputRef> missingInputs) {}

    /** The verdict the ruleset's verdict policy gives for the effects of all fired findings. */
    public Verdict verdict() {
        return policy.verdict(
                fired().stream().map(f -> f.as(Finding.class).effect()).toList());
    }

    /**
     * Whether the verdict is provisional under the ruleset's outcome policy: given on the decisive inputs while
     * checks to confirm before any trial or implant are missing.
     */
    public boolean provisional() {
        return policy.provisional(
                verdict(),
                fired().stream().map(f -> f.as(Finding.class).effect()).toList());
    }

    /**
     * The device plan the answer shows: only for a verdict the outcome policy names (a candidate) and never for a
     * provisional one, whose device and trial planning wait for its checks.
     */
    public Optional<DevicePlan> shownDevicePlan() {
        return policy.devicePlanShown(verdict(), provisional(), devicePlan());
    }

    public Optional<DevicePlan> devicePlan() {
        return fired().stream()
                .map(f -> f.as(Finding.class).devicePlan())
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The answer's facts, findings, pertinent negatives and missing inputs. */
    public Parts parts() {
        if (parts.isEmpty()) {
            parts = Optional.of(build());
        }
        return parts.orElseThrow();
    }

    /** Whether any citation or figure a finding relies on is unverified. */
    public boolean reliesOnUnverifiedKnowledge() {
        return parts().findings().stream().anyMatch(AnswerFinding::unverified);
    }

    /** The fired findings in answer order: by rule id, then effect (engine order among equals). */
    private List<FiredFinding> fired() {
        List<FiredFinding> fired = new ArrayList<>(result.findings());
        fired.sort(Comparator.comparing(FiredFinding::ruleId)
                .thenComparing(f -> f.as(Finding.class).effect()));
        return fired;
    }

    private Parts build() {
        AnswerFacts answerFacts = new AnswerFacts();
        List<FiredFinding> fired = fired();
        boolean showDevice = shownDevicePlan().isPresent();
        List<AnswerFinding> findings = new ArrayList<>();
        Map<InputField, List<String>> needing = new EnumMap<>(InputField.class);
        Map<InputField, List<Effect>> effects = new EnumMap<>(InputField.class);
        for (int i = 0; i < fired.size(); i++) {
            FiredFinding f = fired.get(i);
            AnswerFinding finding = finding(AnswerFinding.id(i), f, answerFacts);
            findings.add(showDevice ? finding : finding.withoutDevicePlan());
            for (InputField input : f.as(Finding.class).missingInputs()) {
                needing.computeIfAbsent(input, k -> new ArrayList<>()).add(finding.id());
                effects.computeIfAbsent(input, k -> new ArrayList<>())
                        .add(f.as(Finding.class).effect());
            }
        }
        List<MissingInputRef> missing = new ArrayList<>();
        needing.forEach((input, ids) -> {
            List<Effect> of = effects.get(input);
            Views.MissingRole role = of.contains(Effect.MISSING_REQUIRED)
                    ? Views.MissingRole.REQUIRED
                    : of.contains(Effect.MISSING_TO_CONFIRM)
                            ? Views.MissingRole.CONFIRM_BEFORE_IMPLANT
                            : Views.MissingRole.ADVISORY;
            missing.add(new MissingInputRef(
                    input.path(),
                    input.stage().name(),
                    role.name(),
                    ids.stream().distinct().toList()));
        });
        List<NegativeRef> negatives = pertinentNegatives(fired, answerFacts);
        return new Parts(answerFacts.asMap(), List.copyOf(findings), negatives, List.copyOf(missing));
    }

    private AnswerFinding finding(String id, FiredFinding fired, AnswerFacts answerFacts) {
        RuleMetadata rule = ruleset.firedRule(fired.ruleId());
        Finding finding = fired.as(Finding.class);
        Grounds grounds = Grounds.of(fired.matchedFacts());
        // the OME lines the finding rests on, by index into the answer's opioid load (the one load of the evaluation)
        List<Integer> omeLines = new ArrayList<>();
        for (Object fact : fired.matchedFacts()) {
            if (fact instanceof OpioidLoad load) {
                for (int i = 0; i < load.lines().size(); i++) {
                    omeLines.add(i);
                }
            }
        }
        FindingEvidence evidence = FindingEvidence.of(rule.citations(), grounds.figures(), ruleset::source);
        List<String> inputs =
                finding.missingInputs().stream().map(InputField::path).toList();
        return new AnswerFinding(
                id,
                rule.id(),
                fired.ruleVersion(),
                rule.concern(),
                rule.topic(),
                rule.severity().cdsHooksCode(),
                Optional.of(finding.effect().name()),
                roles(finding.effect()),
                rule.summary(),
                Optional.empty(),
                answerFacts.keysOf(grounds.basis()),
                inputs.isEmpty() ? Optional.empty() : Optional.of(inputs),
                evidence.figures(),
                evidence.citations(),
                evidence.unverified(),
                evidence.supersededSources(),
                rule.statement(),
                finding.devicePlan().map(Enum::name),
                omeLines.isEmpty() ? Optional.empty() : Optional.of(omeLines));
    }

    /** A finding that asks for a missing input, and one that is also a check to confirm before implant. */
    private static Optional<List<String>> roles(Effect effect) {
        return switch (effect) {
            case MISSING_REQUIRED, MISSING_ADVISORY -> Optional.of(List.of(FindingRole.MISSING_INPUT.name()));
            case MISSING_TO_CONFIRM ->
                Optional.of(List.of(FindingRole.MISSING_INPUT.name(), FindingRole.CONFIRM_BEFORE_IMPLANT.name()));
            default -> Optional.empty();
        };
    }

    public Optional<OpioidLoadView> opioidLoad() {
        return facts.stream()
                .filter(OpioidLoad.class::isInstance)
                .map(OpioidLoad.class::cast)
                .findFirst()
                .map(load -> new OpioidLoadView(
                        QuantityView.of(load.totalOme()),
                        load.complete(),
                        load.lines().stream().map(OmeLineView::of).toList(),
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

    private List<NegativeRef> pertinentNegatives(List<FiredFinding> firedFindings, AnswerFacts answerFacts) {
        Set<String> fired = new HashSet<>();
        firedFindings.forEach(f -> fired.add(f.ruleId()));
        Set<InputField> missing = NegativeCriteria.noInputs();
        for (Object fact : facts) {
            if (fact instanceof MissingInput m) {
                missing.add(m.field());
            }
        }
        List<NegativeRef> negatives = new ArrayList<>();
        for (NegativeCriteria.Criterion criterion : NegativeCriteria.of(ruleset).criteria()) {
            RuleMetadata rule = criterion.rule();
            if (fired.contains(rule.id()) || criterion.needsAnyOf(missing)) {
                continue;
            }
            List<BasisItem> basis = new ArrayList<>();
            criterion.inputs().forEach(input -> basis.addAll(basisFor(input)));
            negatives.add(new NegativeRef(rule.id(), rule.version(), answerFacts.keysOf(basis)));
        }
        return negatives;
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
}
