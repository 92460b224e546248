package org.idds.cds.dosing;

import static org.idds.cds.device.ReservoirArithmetic.daysToEmpty;
import static org.idds.cds.device.ReservoirArithmetic.daysUntil;
import static org.idds.cds.device.ReservoirArithmetic.worstCaseVolume;
import static org.idds.cds.dosing.CalculationTexts.*;
import static org.idds.cds.dosing.DosingCalculator.step;
import static org.idds.cds.dosing.DosingCalculator.term;

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
        Step.Term alarmTerm = p.alarmVolume().isPresent()
                ? term(T_ALARM_VOLUME, alarm, PRESCRIPTION)
                : noAlarm
                        ? term(T_ALARM_VOLUME, alarm, NO_ALARM_RECORDED)
                        : deviceTerm(
                                T_ALARM_VOLUME,
                                alarm,
                                DEVICE_MODEL,
                                "device." + device.id() + ".lowReservoirAlarmDefault",
                                device.lowReservoirAlarmDefault().orElseThrow());
        Optional<Measure> fill = p.fill().map(f -> Amount.of(f.volume()).to("mL"));
        Optional<Measure> toAlarmWithBoluses = Optional.empty();
        Optional<Measure> toEmptyWorstCase = Optional.empty();
        Optional<Measure> reservoirRefillBy = Optional.empty();
        Optional<LocalDate> alarmDate = Optional.empty();
        List<Candidate> candidates = new ArrayList<>();
        if (fill.isPresent()) {
            ToAlarm toAlarm = new ToAlarm(fill.get(), alarm, alarmTerm, noAlarm);
            steps.add(toAlarm.step(DAYS_TO_ALARM, DAYS_TO_ALARM_NO_ALARM, T_BASAL_VOLUME, basalVolume));
            Measure withBoluses = daysUntil(fill.get(), alarm, maxVolume);
            toAlarmWithBoluses = Optional.of(withBoluses);
            if (p.bolus().isPresent()) {
                steps.add(toAlarm.step(
                        DAYS_TO_ALARM_WITH_BOLUSES, DAYS_TO_ALARM_WITH_BOLUSES_NO_ALARM, T_MAX_VOLUME, maxVolume));
            }
            candidates.add(new Candidate(T_DAYS_TO_ALARM_WITH_BOLUSES, withBoluses, CALCULATED));
            Measure toEmpty = daysToEmptyStep(DAYS_TO_EMPTY, fill.get(), T_MAX_VOLUME, maxVolume, steps);
            if (device.capabilities().refillDateRule()
                            == DeviceCapabilities.RefillDateRule.REFILL_VOLUME_WITH_ALL_BOLUSES
                    && device.capabilities().refillDateVolume().isPresent()) {
                DeviceFigure programmerVolume =
                        device.capabilities().refillDateVolume().get();
                Measure programmerDays = daysUntil(fill.get(), programmerVolume.measure(), maxVolume);
                steps.add(step(
                        PROGRAMMER_REFILL_DATE,
                        programmerDays,
                        term(T_FILL_VOLUME, fill.get(), PRESCRIPTION),
                        deviceTerm(
                                T_PROGRAMMER_REFILL_VOLUME,
                                programmerVolume.measure(),
                                DEVICE_MODEL,
                                "device." + device.id() + ".refillDateVolume",
                                programmerVolume),
                        term(T_MAX_VOLUME, maxVolume, CALCULATED)));
                figures.add(figure("device." + device.id() + ".refillDateVolume", programmerVolume));
            }

            // The worst case: the pump delivering more than programmed by its flow accuracy, every bolus used
            Optional<DeviceFigure> accuracy = device.capabilities().flowAccuracy();
            Measure worstVolume = maxVolume;
            if (accuracy.isPresent()) {
                Measure fraction = accuracy.get().measure();
                worstVolume = worstCaseVolume(maxVolume, fraction);
                boolean accuracyVerified = accuracy.get().verification() == Verification.VERIFIED;
                steps.add(step(
                        WORST_CASE_VOLUME,
                        accuracyVerified ? WORST_CASE_VOLUME : WORST_CASE_VOLUME_NOT_VERIFIED,
                        worstVolume,
                        term(T_MAX_VOLUME, maxVolume, CALCULATED),
                        deviceTerm(
                                T_FLOW_ACCURACY,
                                fraction,
                                accuracyVerified ? DEVICE_FLOW_ACCURACY : DEVICE_FLOW_ACCURACY_NOT_VERIFIED,
                                "device." + device.id() + ".flowAccuracy",
                                accuracy.get())));
                figures.add(figure("device." + device.id() + ".flowAccuracy", accuracy.get()));
                Measure alarmWorst = daysUntil(fill.get(), alarm, worstVolume);
                steps.add(toAlarm.step(
                        DAYS_TO_ALARM_WORST_CASE, DAYS_TO_ALARM_WORST_CASE_NO_ALARM, T_WORST_CASE_VOLUME, worstVolume));
                candidates.add(new Candidate(T_DAYS_TO_ALARM_WORST_CASE, alarmWorst, CALCULATED));
                Measure emptyWorst =
                        daysToEmptyStep(DAYS_TO_EMPTY_WORST_CASE, fill.get(), T_WORST_CASE_VOLUME, worstVolume, steps);
                toEmptyWorstCase = Optional.of(emptyWorst);
            } else {
                toEmptyWorstCase = Optional.of(toEmpty);
            }

            Optional<Parameter> refillBy = parameter(DosingCalculator.REFILL_BY_VOLUME);
            Measure due = withBoluses;
            if (refillBy.isPresent()) {
                Measure margin = Amount.of(refillBy.get().quantity()).to("mL");
                Step.Term marginTerm = term(
                        T_REFILL_BY_VOLUME,
                        margin,
                        SITE,
                        DosingCalculator.REFILL_BY_VOLUME,
                        refillBy.get().verification() == Verification.VERIFIED);
                Measure byVolume = daysUntil(fill.get(), margin, maxVolume);
                steps.add(step(
                        DAYS_TO_REFILL_BY_VOLUME,
                        byVolume,
                        term(T_FILL_VOLUME, fill.get(), PRESCRIPTION),
                        marginTerm,
                        term(T_MAX_VOLUME, maxVolume, CALCULATED)));
                candidates.add(new Candidate(T_DAYS_TO_REFILL_BY_VOLUME, byVolume, CALCULATED));
                if (accuracy.isPresent()) {
                    Measure byVolumeWorst = daysUntil(fill.get(), margin, worstVolume);
                    steps.add(step(
                            DAYS_TO_REFILL_BY_VOLUME_WORST_CASE,
                            byVolumeWorst,
                            term(T_FILL_VOLUME, fill.get(), PRESCRIPTION),
                            marginTerm,
                            term(T_WORST_CASE_VOLUME, worstVolume, CALCULATED)));
                    candidates.add(new Candidate(T_DAYS_TO_REFILL_BY_VOLUME_WORST_CASE, byVolumeWorst, CALCULATED));
                }
                figures.addAll(refillBy.get().governedFigures());
            }
            candidates.add(new Candidate(T_DAYS_TO_EMPTY_WORST_CASE, toEmptyWorstCase.get(), CALCULATED));
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
            // each limit names the governed figure it is, as the longest cited stability does
            stability.ifPresent(s -> candidates.add(new Candidate(
                    T_STUDIED_STABILITY,
                    s,
                    DRUG_LIBRARY,
                    study.map(a -> "library.stability." + String.join("+", a.components())),
                    study.map(a -> a.verification() == Verification.VERIFIED))));
            Optional<String> labelKey = labelFigure.stream().findFirst().map(RefillLimit::key);
            labelLimit.ifPresent(l -> candidates.add(new Candidate(
                    T_LABEL_REFILL_LIMIT,
                    l,
                    DRUG_LIBRARY,
                    labelKey,
                    labelKey.flatMap(key -> figures.stream()
                            .filter(f -> f.key().equals(key))
                            .findFirst()
                            .map(f -> f.verification() == Verification.VERIFIED)))));
            cap.ifPresent(c -> candidates.add(new Candidate(
                    T_LONGEST_CITED_STABILITY,
                    c,
                    SITE,
                    Optional.of(MAX_INTERVAL),
                    Optional.of(longest.get().verification() == Verification.VERIFIED))));
            due = earliest(due, candidates);
            refillDue = Optional.of(due);
            refillDueDate = PrescriptionDates.plusDays(
                    p.fill().get().date(), floorDays(due).max(java.math.BigDecimal.ZERO));
            steps.add(step(
                    REFILL_DUE,
                    device.capabilities().flowAccuracy().isPresent() ? REFILL_DUE : REFILL_DUE_NO_FLOW_ACCURACY,
                    due,
                    candidates.stream().map(Candidate::input).toArray(Step.Term[]::new)));
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

    /** An interval the refill may be due at, by term key, with where it comes from, kept exact. */
    private record Candidate(
            String term, Measure days, String from, Optional<String> figure, Optional<Boolean> verified) {

        Candidate(String term, Measure days, String from) {
            this(term, days, from, Optional.empty(), Optional.empty());
        }

        Step.Term input() {
            return new Step.Term(term, Amount.shown(days), days.unit(), from, figure, verified);
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
            List<Step.Part> reasons = new ArrayList<>();
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
                reasons.add(reason(r, p, content, m));
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
                String id = key(LABEL_REFILL_LIMIT, drug);
                steps.add(step(
                        id,
                        id,
                        Optional.of(reasons),
                        drugShortest.get(),
                        term(
                                key(T_CONCENTRATION, drug),
                                Amount.of(content.concentration().orElseThrow()),
                                PRESCRIPTION),
                        term(T_DRUGS_IN_RESERVOIR, Measure.of(p.contents().size(), "1"), PRESCRIPTION)));
                if (shortest.isEmpty() || drugShortest.get().compareQuantity(shortest.get()) < 0) {
                    shortest = drugShortest;
                    shortestFigure.clear();
                    shortestFigure.add(drugShortestFigure.orElseThrow());
                }
            }
        }
        return shortest;
    }

    /** Why a label refill interval applies, by key, with the interval (and the concentration it was judged on). */
    private static Step.Part reason(
            IntrathecalDrug.RefillInterval r, Prescription p, Prescription.ReservoirDrug content, Measure interval) {
        Optional<Step.Shown> days = Optional.of(shown(interval));
        return switch (r.condition()) {
            case FIRST_FILL -> new Step.Part(P_LABEL_FIRST_FILL, days, Optional.empty());
            case ANY -> new Step.Part(P_LABEL_ANY, days, Optional.empty());
            case UNDILUTED -> new Step.Part(P_LABEL_UNDILUTED, days, Optional.empty());
            case DILUTED ->
                p.contents().size() > 1
                        ? new Step.Part(P_LABEL_IN_ADMIXTURE, days, Optional.empty())
                        : new Step.Part(
                                P_LABEL_DILUTED,
                                days,
                                Optional.of(
                                        shown(Amount.of(content.concentration().orElseThrow()))));
        };
    }

    /**
     * The days until the fill is used up at {@code daily} (the daily volume shown as term {@code dailyTerm}), added as
     * step {@code id}.
     */
    private static Measure daysToEmptyStep(String id, Measure fill, String dailyTerm, Measure daily, List<Step> steps) {
        Measure days = daysToEmpty(fill, daily);
        steps.add(step(id, days, term(T_FILL_VOLUME, fill, PRESCRIPTION), term(dailyTerm, daily, CALCULATED)));
        return days;
    }

    private static Step.Shown shown(Measure m) {
        return new Step.Shown(Amount.shown(m), m.unit());
    }

    /** An input that is a figure of the device model: its key and whether it is verified. */
    private static Step.Term deviceTerm(String term, Measure m, String from, String key, DeviceFigure figure) {
        return term(term, m, from, key, figure.verification() == Verification.VERIFIED);
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

    /**
     * The days a fill lasts to the low-reservoir alarm at one volume a day (basal, every bolus used, the worst case),
     * as a step: fill less alarm volume over that volume; worded apart where no alarm is recorded.
     */
    private record ToAlarm(Measure fill, Measure alarm, Step.Term alarmTerm, boolean noAlarm) {

        /** {@code volumeTerm}: the name of the calculated volume a day ({@code T_MAX_VOLUME}, ...). */
        Step step(String key, String noAlarmKey, String volumeTerm, Measure volumePerDay) {
            return DosingCalculator.step(
                    key,
                    noAlarm ? noAlarmKey : key,
                    daysUntil(fill, alarm, volumePerDay),
                    term(T_FILL_VOLUME, fill, PRESCRIPTION),
                    alarmTerm,
                    term(volumeTerm, volumePerDay, CALCULATED));
        }
    }

    /** The refill-due date (the earliest interval, whole days) and the date the alarm sounds at the programmed rate. */
    public record RefillDates(Optional<LocalDate> refillDue, Optional<LocalDate> alarmDate) {}
}
