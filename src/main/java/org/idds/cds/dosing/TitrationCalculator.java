package org.idds.cds.dosing;

import static org.idds.cds.dosing.CalculationTexts.*;
import static org.idds.cds.dosing.DosingCalculator.bolusDoseOf;
import static org.idds.cds.dosing.DosingCalculator.percent;
import static org.idds.cds.dosing.DosingCalculator.step;
import static org.idds.cds.dosing.DosingCalculator.term;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.ReservoirArithmetic;
import org.idds.cds.kernel.units.Measure;

/**
 * A titration step of one drug against the previous prescription of the same drug (a change of drug is never a
 * percentage step): the step as a percentage on the basal dose and on the most a day with every bolus, the step against
 * the drug's own label schedule, the new dose as a multiple of the previous one beside the top of the starting range
 * for the patient's opioid status, and the days since the previous change.
 */
final class TitrationCalculator {

    private final IntrathecalDrugLibrary library;

    TitrationCalculator(IntrathecalDrugLibrary library) {
        this.library = library;
    }

    void titration(Prescription p, Prescription.Previous prev, Measure now, List<Step> steps, List<Object> facts) {
        String drug = p.basalDrug();
        String massPerDay = now.unit();
        Optional<IntrathecalDrug> entry = library.find(drug);
        boolean ownSchedule = entry.map(e -> !e.titration().isEmpty()).orElse(false);
        Measure before = Amount.of(prev.basalDailyDose()).to(massPerDay);
        Measure basalStep = percent(now, before);
        steps.add(step(
                TITRATION_BASAL,
                basalStep,
                term(key(T_NEW_BASAL_DAILY_DOSE, drug), now, CALCULATED),
                term(T_PREVIOUS_BASAL_DAILY_DOSE, before, PRESCRIPTION)));
        facts.add(new TitrationStep(
                drug,
                TitrationStep.Basis.BASAL,
                Amount.shown(basalStep),
                Amount.shown(now.subtract(before)),
                massPerDay,
                ownSchedule));
        Optional<LocalDate> startsOn = p.checkedOn().or(() -> p.fill().map(Prescription.Fill::date));
        Optional<Long> days = prev.startedOn().flatMap(from -> startsOn.map(to -> ChronoUnit.DAYS.between(from, to)));
        entry.ifPresent(e -> {
            BigDecimal fraction = now.subtract(before)
                    .value()
                    .divide(before.value())
                    .toBigDecimal(MathContext.DECIMAL64)
                    .setScale(3, RoundingMode.HALF_EVEN);
            for (int i = 0; i < e.titration().size(); i++) {
                LibraryTitration libraryStep =
                        new LibraryTitration(drug, i, e.titration().get(i), now.subtract(before), fraction, days);
                facts.add(libraryStep);
                facts.addAll(libraryStep.libraryLimits());
            }
        });
        Measure nowMax = now;
        Optional<Measure> newBolusDose = bolusDoseOf(p);
        if (newBolusDose.isPresent()) {
            nowMax = now.add(ReservoirArithmetic.everyBolusADay(
                    newBolusDose.get(), p.bolus().get().maxPerDay(), massPerDay));
        }
        Measure beforeMax = before;
        if (prev.bolusDose().isPresent() && prev.bolusMaxPerDay().isPresent()) {
            beforeMax = before.add(ReservoirArithmetic.everyBolusADay(
                    Amount.of(prev.bolusDose().get()), prev.bolusMaxPerDay().get(), massPerDay));
        }
        if (p.bolus().isPresent() || prev.bolusDose().isPresent()) {
            steps.add(step(key(MAX_DAILY, drug), nowMax, term(T_BASAL_DAILY_DOSE, now, CALCULATED)));
            steps.add(step(
                    key(PREVIOUS_MAX_DAILY, drug), beforeMax, term(T_PREVIOUS_BASAL_DAILY_DOSE, before, PRESCRIPTION)));
            Measure maxStep = percent(nowMax, beforeMax);
            steps.add(step(
                    TITRATION_MAX_DAILY,
                    maxStep,
                    term(T_NEW_MAX_DAILY_DOSE, nowMax, CALCULATED),
                    term(T_PREVIOUS_MAX_DAILY_DOSE, beforeMax, CALCULATED)));
            facts.add(new TitrationStep(
                    drug,
                    TitrationStep.Basis.MAX_DAILY_WITH_ALL_BOLUSES,
                    Amount.shown(maxStep),
                    Amount.shown(nowMax.subtract(beforeMax)),
                    massPerDay,
                    ownSchedule));
        }

        // the step by drug: the multiple of the previous dose beside the starting range for the opioid status
        Optional<DoseStep.StartingTop> range = Optional.empty();
        String rangeFor = "";
        String rangeNote = "";
        if (entry.isPresent()) {
            IntrathecalDrug e = entry.get();
            OpioidStatus status = p.opioidStatus().orElse(OpioidStatus.OPIOID_NAIVE);
            Optional<IntrathecalDrug.LabelStart> label =
                    e.labelStartFor(IntrathecalDrug.StartStatusQuery.valueOf(status.name()));
            if (label.isPresent()) {
                IntrathecalDrug.LabelStart l = label.get();
                range = Optional.of(new DoseStep.StartingTop(
                        "library." + drug + ".labelStartingDailyDose." + l.opioidStatus(),
                        l.max(),
                        l.verification(),
                        l.note(),
                        l.citations()));
                rangeFor = status.name();
                rangeNote = p.opioidStatus().isPresent()
                        ? CalculationTexts.N_RANGE_LABEL_START
                        : CalculationTexts.N_RANGE_LABEL_START_STATUS_NOT_GIVEN;
            } else {
                range = e.startingDailyDose()
                        .map(r -> new DoseStep.StartingTop(
                                "library." + drug + ".startingDailyDose.high",
                                r.high(),
                                r.verification(),
                                r.note(),
                                r.citations()));
                rangeFor = DoseStep.ANY_OPIOID_STATUS;
                rangeNote = CalculationTexts.N_RANGE_ONE_FOR_EVERY_STATUS;
            }
        }
        DoseStep doseStep = new DoseStep(
                drug, entry.map(IntrathecalDrug::role), before, now, beforeMax, nowMax, range, rangeFor, rangeNote);
        facts.add(doseStep);
        doseStep.startingTopLimit().ifPresent(facts::add);
        steps.add(step(
                "titration.multiple",
                key(TITRATION_MULTIPLE, drug),
                Measure.of(doseStep.basalMultiple(), "1"),
                term(key(T_NEW_BASAL_DAILY_DOSE, drug), now, CALCULATED),
                term(T_PREVIOUS_BASAL_DAILY_DOSE, before, PRESCRIPTION)));
        if (doseStep.isIncrease()) {
            facts.add(new StepInterval(drug, days));
        }
    }
}
