package org.idds.cds.dosing;

import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.Admixture;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * The reservoir over time and the refill-due date: the days to the low-reservoir alarm, to the site's refill-by volume
 * and to empty, each at the programmed rate and at the pump's worst case (its flow accuracy, every allowed bolus used);
 * then the contents' studied stability, the labels' refill limits and the longest cited stability. The refill is due
 * at the earliest of all of them, so never after the alarm or the pump being empty at the worst case.
 *
 * <p>The low-reservoir alarm is computed by the pump from its programmed rate; it is not a measurement, so an
 * over-infusing pump can empty without it sounding. Each date is a {@link Step} with its inputs and their provenance.
 */
public final class RefillCalculator {

    /** The longest refill interval when no studied stability or label limit is shorter (a shipped default). */
    public static final String MAX_INTERVAL = "dosing.refill.maxInterval";

    private final IntrathecalDrugLibrary library;
    private final List<Parameter> parameters;

    public RefillCalculator(IntrathecalDrugLibrary library, List<Parameter> parameters) {
        this.library = library;
        this.parameters = List.copyOf(parameters);
    }

    /**
     * Adds the reservoir and refill steps to {@code steps} and the {@link ReservoirTiming} fact to {@code facts}.
     *
     * @param basalVolume the basal volume a day
     * @param maxVolume the volume a day with every allowed bolus used (the basal volume when there is no bolus)
     */
    public RefillDates calculate(
            Prescription p,
            DeviceModel device,
            Measure basalVolume,
            Measure maxVolume,
            List<Step> steps,
            List<Object> facts) {
        List<GovernedFigure> figures = new ArrayList<>();
        Optional<Measure> reservoir = device.reservoirVolume().map(DeviceFigure::measure);
        device.reservoirVolume().ifPresent(r -> figures.add(figure("device." + device.id() + ".reservoirVolume", r)));
        Measure alarm = p.alarmVolume()
                .map(Amount::of)
                .or(() -> device.lowReservoirAlarmDefault().map(DeviceFigure::measure))
                .orElse(Measure.of(0, "mL"));
        if (p.alarmVolume().isEmpty()) {
            device.lowReservoirAlarmDefault()
                    .ifPresent(a -> figures.add(figure("device." + device.id() + ".lowReservoirAlarmDefault", a)));
        }
        boolean noAlarm = alarm.value().equals(Ratio.ZERO);
        String alarmFrom = p.alarmVolume().isPresent()
                ? "prescription"
                : noAlarm
                        ? "no low-reservoir alarm recorded for this device: the alarm is taken as empty"
                        : "device model";
        Optional<Measure> fill = p.fill().map(f -> Amount.of(f.volume()).to("mL"));
        Optional<Measure> toAlarmWithBoluses = Optional.empty();
        Optional<Measure> toEmptyWorstCase = Optional.empty();
        Optional<Measure> reservoirRefillBy = Optional.empty();
        Optional<LocalDate> alarmDate = Optional.empty();
        List<Candidate> candidates = new ArrayList<>();
        if (fill.isPresent()) {
            Measure usable = fill.get().subtract(alarm);
            String computed = noAlarm
                    ? " (no alarm volume is recorded for this pump: these are the days to empty)"
                    : " (the pump computes this alarm from the programmed rate; it does not measure the reservoir)";
            steps.add(step(
                    "daysToAlarm",
                    "Days to the low-reservoir alarm at basal rate" + computed,
                    "(fill volume - alarm volume) / basal volume a day",
                    usable.divide(basalVolume).to("d"),
                    term("fill volume", fill.get(), "prescription"),
                    term("alarm volume", alarm, alarmFrom),
                    term("basal volume a day", basalVolume, "calculated")));
            Measure withBoluses = usable.divide(maxVolume).to("d");
            toAlarmWithBoluses = Optional.of(withBoluses);
            if (p.bolus().isPresent()) {
                steps.add(step(
                        "daysToAlarmWithBoluses",
                        "Days to the low-reservoir alarm with every bolus used" + computed,
                        "(fill volume - alarm volume) / volume a day with every bolus",
                        withBoluses,
                        term("fill volume", fill.get(), "prescription"),
                        term("alarm volume", alarm, alarmFrom),
                        term("volume a day with every bolus", maxVolume, "calculated")));
            }
            candidates.add(new Candidate(
                    "days to the alarm at the programmed rate with every bolus", withBoluses, "calculated"));
            Measure toEmpty = fill.get().divide(maxVolume).to("d");
            steps.add(step(
                    "daysToEmpty",
                    "Days until the reservoir is empty at the programmed rate with every bolus used",
                    "fill volume / volume a day with every bolus",
                    toEmpty,
                    term("fill volume", fill.get(), "prescription"),
                    term("volume a day with every bolus", maxVolume, "calculated")));
            if (device.capabilities().refillDateRule()
                            == DeviceCapabilities.RefillDateRule.REFILL_VOLUME_WITH_ALL_BOLUSES
                    && device.capabilities().refillDateVolume().isPresent()) {
                DeviceFigure programmerVolume =
                        device.capabilities().refillDateVolume().get();
                Measure programmerDays = fill.get()
                        .subtract(programmerVolume.measure())
                        .divide(maxVolume)
                        .to("d");
                steps.add(step(
                        "programmerRefillDate",
                        "Days to the refill date the pump's own programmer shows (it assumes every allowed bolus is "
                                + "used and dates the refill when the reservoir reaches its refill volume)",
                        "(fill volume - programmer's refill volume) / volume a day with every bolus",
                        programmerDays,
                        term("fill volume", fill.get(), "prescription"),
                        term("programmer's refill volume", programmerVolume.measure(), "device model"),
                        term("volume a day with every bolus", maxVolume, "calculated")));
                figures.add(figure("device." + device.id() + ".refillDateVolume", programmerVolume));
            }

            // The worst case: the pump delivering more than programmed by its flow accuracy, every bolus used
            Optional<DeviceFigure> accuracy = device.capabilities().flowAccuracy();
            Measure worstVolume = maxVolume;
            if (accuracy.isPresent()) {
                Measure fraction = accuracy.get().measure();
                worstVolume = maxVolume.multiply(Ratio.ONE.add(fraction.value()));
                String accuracyFrom = "device model (flow accuracy "
                        + accuracy.get().verification().name()
                        + (accuracy.get().verification() == Verification.VERIFIED
                                ? ")"
                                : ": the specification was not read in a cited source)");
                steps.add(step(
                        "worstCaseVolume",
                        "Volume a day at the worst case: the pump delivering more than programmed by its flow "
                                + "accuracy, with every bolus used"
                                + (accuracy.get().verification() == Verification.VERIFIED
                                        ? ""
                                        : " (the flow accuracy is UNVERIFIED)"),
                        "volume a day with every bolus x (1 + flow accuracy)",
                        worstVolume,
                        term("volume a day with every bolus", maxVolume, "calculated"),
                        term("flow accuracy", fraction, accuracyFrom)));
                figures.add(figure("device." + device.id() + ".flowAccuracy", accuracy.get()));
                Measure alarmWorst = usable.divide(worstVolume).to("d");
                steps.add(step(
                        "daysToAlarmWorstCase",
                        noAlarm
                                ? "Days until the reservoir is empty at the worst case"
                                : "Days until only the alarm volume is left at the worst case (the alarm is computed "
                                        + "from the programmed rate, so an over-infusing pump reaches this volume "
                                        + "without it sounding)",
                        "(fill volume - alarm volume) / volume a day at the worst case",
                        alarmWorst,
                        term("fill volume", fill.get(), "prescription"),
                        term("alarm volume", alarm, alarmFrom),
                        term("volume a day at the worst case", worstVolume, "calculated")));
                candidates.add(new Candidate("days to the alarm volume at the worst case", alarmWorst, "calculated"));
                Measure emptyWorst = fill.get().divide(worstVolume).to("d");
                steps.add(step(
                        "daysToEmptyWorstCase",
                        "Days until the reservoir is empty at the worst case (no alarm sounds for this)",
                        "fill volume / volume a day at the worst case",
                        emptyWorst,
                        term("fill volume", fill.get(), "prescription"),
                        term("volume a day at the worst case", worstVolume, "calculated")));
                toEmptyWorstCase = Optional.of(emptyWorst);
            } else {
                toEmptyWorstCase = Optional.of(toEmpty);
            }

            Optional<Parameter> refillBy = parameter(DosingCalculator.REFILL_BY_VOLUME);
            Measure due = withBoluses;
            if (refillBy.isPresent()) {
                Measure margin = Amount.of(refillBy.get().quantity()).to("mL");
                String marginFrom = "site parameter " + DosingCalculator.REFILL_BY_VOLUME;
                Measure byVolume = fill.get().subtract(margin).divide(maxVolume).to("d");
                steps.add(step(
                        "daysToRefillByVolume",
                        "Days until the site's refill-by volume is reached at the programmed rate",
                        "(fill volume - refill-by volume) / volume a day with every bolus",
                        byVolume,
                        term("fill volume", fill.get(), "prescription"),
                        term("refill-by volume", margin, marginFrom),
                        term("volume a day with every bolus", maxVolume, "calculated")));
                candidates.add(
                        new Candidate("days to the refill-by volume at the programmed rate", byVolume, "calculated"));
                if (accuracy.isPresent()) {
                    Measure byVolumeWorst =
                            fill.get().subtract(margin).divide(worstVolume).to("d");
                    steps.add(step(
                            "daysToRefillByVolumeWorstCase",
                            "Days until the site's refill-by volume is reached at the worst case",
                            "(fill volume - refill-by volume) / volume a day at the worst case",
                            byVolumeWorst,
                            term("fill volume", fill.get(), "prescription"),
                            term("refill-by volume", margin, marginFrom),
                            term("volume a day at the worst case", worstVolume, "calculated")));
                    candidates.add(new Candidate(
                            "days to the refill-by volume at the worst case", byVolumeWorst, "calculated"));
                }
                figures.addAll(refillBy.get().governedFigures());
            }
            candidates.add(new Candidate("days to empty at the worst case", toEmptyWorstCase.get(), "calculated"));
            due = earliest(due, candidates);
            reservoirRefillBy = Optional.of(due);
            alarmDate = PrescriptionDates.plusDays(p.fill().get().date(), floorDays(withBoluses));
        }

        // Stability of the contents, the labels' refill limits, and the longest cited stability
        Optional<Admixture> study = library.stabilityOf(p.drugs());
        Optional<Measure> stability =
                study.map(a -> Amount.of(a.studiedDuration()).to("d"));
        study.ifPresent(a -> figures.add(GovernedFigure.of(
                "library.stability." + String.join("+", a.components()),
                a.studiedDuration(),
                a.verification(),
                a.citations())));
        study.ifPresent(a -> facts.add(RefillLimit.of(
                RefillLimit.Figure.STUDIED_STABILITY,
                "library.stability." + String.join("+", a.components()),
                a.studiedDuration())));
        List<RefillLimit> labelFigure = new ArrayList<>();
        Optional<Measure> labelLimit = labelRefillLimit(p, figures, steps, labelFigure);
        facts.addAll(labelFigure);
        Optional<Parameter> longest = parameter(MAX_INTERVAL);
        Optional<Measure> cap = longest.map(c -> Amount.of(c.quantity()).to("d"));
        Optional<Measure> refillDue = Optional.empty();
        Optional<LocalDate> refillDueDate = Optional.empty();
        if (reservoirRefillBy.isPresent()) {
            Measure due = reservoirRefillBy.get();
            stability.ifPresent(
                    s -> candidates.add(new Candidate("studied stability of the contents", s, "drug library")));
            labelLimit.ifPresent(l -> candidates.add(new Candidate("label refill limit", l, "drug library")));
            cap.ifPresent(c -> candidates.add(new Candidate(
                    "longest cited stability (" + longest.get().verification().name() + ")",
                    c,
                    "site parameter " + MAX_INTERVAL)));
            due = earliest(due, candidates);
            refillDue = Optional.of(due);
            refillDueDate = PrescriptionDates.plusDays(
                    p.fill().get().date(), floorDays(due).max(java.math.BigDecimal.ZERO));
            steps.add(new Step(
                    "refillDue",
                    "Refill due after: the earliest of the alarm, the site's refill-by volume and empty, at the "
                            + "programmed rate and at the pump's worst case"
                            + (device.capabilities().flowAccuracy().isPresent()
                                    ? ""
                                    : " (no flow accuracy is recorded for this device: the programmed rate only)")
                            + ", the studied stability, a label limit and the longest cited stability",
                    "the shortest of those intervals, whole days rounded down",
                    candidates.stream().map(Candidate::term).toList(),
                    Amount.shown(due),
                    due.unit(),
                    Amount.exactIfRounded(due)));
        }
        facts.addAll(DeviceLimit.reservoir(device));
        facts.add(new ReservoirTiming(
                fill,
                reservoir,
                toAlarmWithBoluses,
                p.plannedRefillInterval().map(i -> Amount.of(i).to("d")),
                stability,
                study.isPresent(),
                labelLimit,
                refillDue,
                figures,
                reservoirRefillBy,
                toEmptyWorstCase,
                p.contents().size() > 1));
        return new RefillDates(refillDueDate, alarmDate);
    }

    /** An interval the refill may be due at, with where it comes from, kept exact. */
    private record Candidate(String name, Measure days, String from) {

        Step.Term term() {
            return RefillCalculator.term(name, days, from);
        }
    }

    /** The earliest of {@code due} and every candidate interval, exactly. */
    private static Measure earliest(Measure due, List<Candidate> candidates) {
        Measure shortest = due;
        for (Candidate c : candidates) {
            if (c.days().compareQuantity(shortest) < 0) {
                shortest = c.days();
            }
        }
        return shortest;
    }

    /** Whole days rounded down, exact (never wrapped round a long), for adding to a date. */
    private static java.math.BigDecimal floorDays(Measure days) {
        return days.toBigDecimal(MathContext.DECIMAL64).setScale(0, RoundingMode.FLOOR);
    }

    /**
     * The shortest label refill interval of the reservoir's drugs (ziconotide): within 14 days of a new pump's first
     * fill; then the undiluted interval only for the drug alone at a strength it is supplied in, otherwise (diluted, an
     * admixture, or the dilution not known) the diluted one. The label figure that gives it goes into {@code
     * shortestFigure}, for the rules to compare with.
     */
    private Optional<Measure> labelRefillLimit(
            Prescription p, List<GovernedFigure> figures, List<Step> steps, List<RefillLimit> shortestFigure) {
        Optional<Measure> shortest = Optional.empty();
        for (Prescription.ReservoirDrug content : p.contents()) {
            String drug = content.drug();
            Optional<IntrathecalDrug> entry = library.find(drug);
            if (entry.isEmpty() || entry.get().refillIntervals().isEmpty()) {
                continue;
            }
            boolean undiluted = undiluted(p, content, entry.get());
            Optional<Measure> drugShortest = Optional.empty();
            Optional<RefillLimit> drugShortestFigure = Optional.empty();
            List<String> reasons = new ArrayList<>();
            for (IntrathecalDrug.RefillInterval r : entry.get().refillIntervals()) {
                boolean applies = switch (r.condition()) {
                    case FIRST_FILL -> p.startingDose();
                    case ANY -> true;
                    case UNDILUTED -> undiluted;
                    case DILUTED -> !undiluted;
                };
                if (!applies) {
                    continue;
                }
                Measure m = Amount.of(r.maxInterval()).to("d");
                reasons.add(reason(r, p, content) + ": " + Amount.text(m));
                figures.add(GovernedFigure.of(
                        "library." + drug + ".refillInterval." + r.condition(),
                        r.maxInterval(),
                        r.verification(),
                        r.citations()));
                if (drugShortest.isEmpty() || m.compareQuantity(drugShortest.get()) < 0) {
                    drugShortest = Optional.of(m);
                    drugShortestFigure = Optional.of(RefillLimit.of(
                            RefillLimit.Figure.LABEL_REFILL_INTERVAL,
                            "library." + drug + ".refillInterval." + r.condition(),
                            r.maxInterval()));
                }
            }
            if (drugShortest.isPresent()) {
                steps.add(step(
                        "labelRefillLimit." + drug,
                        "Longest interval to the next refill the label allows for " + drug,
                        "the shortest that applies: " + String.join("; ", reasons),
                        drugShortest.get(),
                        term(
                                "concentration of " + drug,
                                Amount.of(content.concentration().orElseThrow()),
                                "prescription"),
                        term("drugs in the reservoir", Measure.of(p.contents().size(), "1"), "prescription")));
                if (shortest.isEmpty() || drugShortest.get().compareQuantity(shortest.get()) < 0) {
                    shortest = drugShortest;
                    shortestFigure.clear();
                    shortestFigure.add(drugShortestFigure.orElseThrow());
                }
            }
        }
        return shortest;
    }

    private static String reason(IntrathecalDrug.RefillInterval r, Prescription p, Prescription.ReservoirDrug content) {
        return switch (r.condition()) {
            case FIRST_FILL -> "a new pump's first fill (a start)";
            case ANY -> "any fill";
            case UNDILUTED -> "undiluted (alone, at a strength it is supplied in)";
            case DILUTED ->
                p.contents().size() > 1
                        ? "in an admixture (taken as diluted)"
                        : "diluted, or the dilution not known ("
                                + Amount.text(Amount.of(content.concentration().orElseThrow()))
                                + " is not a strength it is supplied in)";
        };
    }

    /** The drug is alone in the reservoir at a strength its label supplies it in. */
    private static boolean undiluted(Prescription p, Prescription.ReservoirDrug content, IntrathecalDrug entry) {
        if (p.contents().size() != 1) {
            return false;
        }
        Measure concentration = Amount.of(content.concentration().orElseThrow());
        return entry.refillIntervals().stream()
                .filter(r -> r.condition() == IntrathecalDrug.RefillInterval.Condition.UNDILUTED)
                .flatMap(r -> r.suppliedConcentrations().stream())
                .map(Amount::of)
                .anyMatch(s -> s.isCommensurableWith(concentration.unit()) && s.compareQuantity(concentration) == 0);
    }

    private Optional<Parameter> parameter(String key) {
        return parameters.stream().filter(x -> x.key().equals(key) && x.isSet()).findFirst();
    }

    private static GovernedFigure figure(String key, DeviceFigure f) {
        return new GovernedFigure(
                key, f.value().toPlainString(), Optional.of(f.unit()), f.verification(), f.citations());
    }

    private static Step.Term term(String name, Measure m, String from) {
        return new Step.Term(name, Amount.shown(m), m.unit(), from);
    }

    private static Step step(String id, String what, String formula, Measure result, Step.Term... inputs) {
        return new Step(
                id, what, formula, List.of(inputs), Amount.shown(result), result.unit(), Amount.exactIfRounded(result));
    }

    /** The refill-due date (the earliest interval, whole days) and the date the alarm sounds at the programmed rate. */
    public record RefillDates(Optional<LocalDate> refillDue, Optional<LocalDate> alarmDate) {}
}
