package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.clinical.DrugAlgorithm.Axis;
import org.idds.cds.clinical.DrugAlgorithm.AxisValue;
import org.idds.cds.clinical.DrugAlgorithm.Contraindication;
import org.idds.cds.clinical.DrugAlgorithm.Line;
import org.idds.cds.clinical.DrugAlgorithm.Option;
import org.idds.cds.clinical.DrugAlgorithm.Track;
import org.idds.cds.dosing.DrugOptionsResult.AlgorithmView;
import org.idds.cds.dosing.DrugOptionsResult.Answer;
import org.idds.cds.dosing.DrugOptionsResult.AxisPosition;
import org.idds.cds.dosing.DrugOptionsResult.ConditionView;
import org.idds.cds.dosing.DrugOptionsResult.LineView;
import org.idds.cds.dosing.DrugOptionsResult.OptionStatus;
import org.idds.cds.dosing.DrugOptionsResult.OptionView;
import org.idds.cds.dosing.DrugOptionsResult.Reason;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.kernel.answer.RulesetRef;
import org.idds.cds.ruleset.Ruleset;

/**
 * PACC drug selection: the options of the ruleset's drug-selection algorithm (one published edition) at the patient's
 * position on that edition's own axes, line by line, each option marked offered or not (and why) from the patient's
 * contraindications. A drug a condition rules out is excluded when the patient has the condition, and not offered
 * while the condition is not known. Nothing is ranked or invented: the lines are the algorithm's, in its order, and
 * whether the encoded algorithm leaves lines of the track out is said (the texts are the algorithm file's, by key).
 */
public final class DrugOptions {

    private final Ruleset ruleset;

    public DrugOptions(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /**
     * The options at {@code position} (axis name to value, one value of every axis of the edition and nothing else)
     * for a patient with these {@code conditions}.
     *
     * @throws InvalidPositionException naming every axis that is missing, has an undeclared value, or is not an axis
     *     of this edition
     * @throws NoDrugAlgorithmException if the ruleset holds no drug-selection algorithm
     */
    public DrugOptionsResult options(Map<String, String> position, PatientConditions conditions) {
        DrugAlgorithm algorithm =
                ruleset.content().drugAlgorithm().orElseThrow(() -> new NoDrugAlgorithmException(ruleset.version()));
        checkPosition(algorithm, position);
        Track track = algorithm
                .track(position)
                .orElseThrow(() -> new IllegalStateException(
                        "the loader guarantees a track for every combination; none for " + position));
        List<AxisPosition> at = algorithm.axes().stream()
                .map(axis -> {
                    AxisValue value = axis.value(position.get(axis.name())).orElseThrow();
                    return new AxisPosition(axis.name(), value.value(), CitationRef.of(axis.citations()));
                })
                .toList();
        List<LineView> lines = track.lines().stream()
                .map(line -> line(line, algorithm.contraindications(), conditions))
                .toList();
        // selection's meaning: any line, or any citation the options rely on, unverified
        boolean unverified = track.lines().stream()
                        .anyMatch(l -> l.verification() != Verification.VERIFIED || anyUnverified(l.citations()))
                || algorithm.axes().stream().anyMatch(a -> anyUnverified(a.citations()))
                || lines.stream()
                        .flatMap(l -> l.options().stream())
                        .flatMap(o -> o.reasons().stream())
                        .flatMap(r -> r.citations().stream())
                        .anyMatch(c -> !c.verified());
        return new DrugOptionsResult(
                AnswerFormat.ANSWER_2,
                new RulesetRef(ruleset.id(), ruleset.version(), ruleset.contentHash()),
                algorithmView(algorithm),
                at,
                conditionViews(algorithm, conditions),
                lines,
                track.missing().isPresent(),
                unverified);
    }

    private static void checkPosition(DrugAlgorithm algorithm, Map<String, String> position) {
        List<InvalidPositionException.Problem> problems = new ArrayList<>();
        for (Axis axis : algorithm.axes()) {
            String choices = axis.values().stream().map(AxisValue::value).collect(Collectors.joining(", "));
            String value = position.get(axis.name());
            if (value == null) {
                problems.add(new InvalidPositionException.Problem(
                        axis.name(),
                        "is required: " + algorithm.edition() + " gives its lines by it; use one of " + choices));
            } else if (axis.value(value).isEmpty()) {
                problems.add(new InvalidPositionException.Problem(
                        axis.name(),
                        "'" + value + "' is not a value of the " + algorithm.edition() + " axis " + axis.name()
                                + "; use one of " + choices));
            }
        }
        position.keySet().stream()
                .filter(name -> algorithm.axis(name).isEmpty())
                .sorted()
                .forEach(name -> problems.add(new InvalidPositionException.Problem(
                        name,
                        "is not an axis of " + algorithm.edition() + " (its axes: "
                                + algorithm.axes().stream().map(Axis::name).collect(Collectors.joining(", "))
                                + "); axes of other editions are not mixed in")));
        if (!problems.isEmpty()) {
            throw new InvalidPositionException(problems);
        }
    }

    private static LineView line(Line line, List<Contraindication> contraindications, PatientConditions conditions) {
        List<OptionView> options = new ArrayList<>();
        for (Option option : line.options()) {
            List<Reason> excluded = new ArrayList<>();
            List<Reason> unknown = new ArrayList<>();
            for (String drug : option.drugs()) {
                for (Contraindication c : contraindications) {
                    if (!c.drug().equals(drug)) {
                        continue;
                    }
                    Optional<Boolean> has = conditions.has(c.condition());
                    if (has.isEmpty()) {
                        unknown.add(reason(c));
                    } else if (has.get()) {
                        excluded.add(reason(c));
                    }
                }
            }
            OptionStatus status = !excluded.isEmpty()
                    ? OptionStatus.EXCLUDED
                    : !unknown.isEmpty() ? OptionStatus.NOT_OFFERED_UNTIL_KNOWN : OptionStatus.OFFERED;
            List<Reason> reasons = new ArrayList<>(excluded);
            reasons.addAll(unknown);
            options.add(new OptionView(option.drugs(), status, reasons));
        }
        return new LineView(
                line.number(), line.verification() == Verification.VERIFIED, CitationRef.of(line.citations()), options);
    }

    /** The contraindication by drug and condition; its wording (whenPresent, whileUnknown) is ruleset text. */
    private static Reason reason(Contraindication c) {
        return new Reason(c.drug(), c.condition(), CitationRef.of(c.citations()), c.statement());
    }

    private AlgorithmView algorithmView(DrugAlgorithm algorithm) {
        EvidenceSource source = ruleset.source(algorithm.source()).orElseThrow();
        return new AlgorithmView(
                algorithm.id(),
                algorithm.source(),
                source.superseded(),
                source.supersededBy().map(s -> s.sources()));
    }

    /** What was known of every condition the algorithm's contraindications name, in their order. */
    private static List<ConditionView> conditionViews(DrugAlgorithm algorithm, PatientConditions conditions) {
        return algorithm.contraindications().stream()
                .map(Contraindication::condition)
                .distinct()
                .map(c -> new ConditionView(
                        c,
                        conditions
                                .has(c)
                                .map(yes -> yes ? Answer.YES : Answer.NO)
                                .orElse(Answer.NOT_KNOWN)))
                .toList();
    }

    private static boolean anyUnverified(List<Citation> citations) {
        return citations.stream().anyMatch(c -> c.verification() != Verification.VERIFIED);
    }

    /** The position names a missing, undeclared or foreign axis value: one problem per field. */
    public static final class InvalidPositionException extends RuntimeException {

        private final transient List<Problem> problems;

        public record Problem(String field, String message) {}

        public InvalidPositionException(List<Problem> problems) {
            super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The ruleset holds no drug-selection algorithm (its manifest lists no {@code drugAlgorithm}). */
    public static final class NoDrugAlgorithmException extends RuntimeException {

        public NoDrugAlgorithmException(String version) {
            super("ruleset " + version + " holds no drug-selection algorithm");
        }
    }
}
