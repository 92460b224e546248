package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * Computes everything a prescription implies, exactly, each result as a {@link Step} with its inputs and where they came
 * from, and the facts the dosing rules judge. Never converts an intrathecal dose into another drug's dose; the
 * arithmetic is UCUM-exact ({@code ug/d ÷ ug/mL} is {@code mL/d}), and only display rounds.
 */
public final class DosingCalculator {

    /** The site's refill-by volume: the refill is due while this much is left, a margin above the alarm. */
    public static final String REFILL_BY_VOLUME = "dosing.refillBy.volume";

    private final IntrathecalDrugLibrary library;
    private final List<Parameter> parameters;

    public DosingCalculator(IntrathecalDrugLibrary library, List<Parameter> parameters) {
        this.library = library;
        this.parameters = List.copyOf(parameters);
    }

    public DosingCalculation calculate(Prescription p, DeviceModel device) {
        List<Step> steps = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        String basalDrug = p.basalDrug();
        Prescription.ReservoirDrug principal = p.contents().stream()
                .filter(c -> c.drug().equals(basalDrug))
                .findFirst()
                .orElseThrow(() -> new PrescriptionException(
                        "basalDose.drug", "'" + basalDrug + "' is not among the reservoir contents"));
        Measure concentration = Amount.of(principal.concentration());

        // 1. Basal volume a day (one rate, or a 24-hour schedule of periods)
        Optional<Measure> lowestPeriod = Optional.empty();
        Optional<Measure> highestPeriod = Optional.empty();
        Optional<Measure> fromSchedule = Optional.empty();
        if (!p.schedule().isEmpty()) {
            long covered = p.schedule().stream()
                    .mapToLong(Prescription.Period::minutes)
                    .sum();
            if (covered != 24 * 60) {
                throw new PrescriptionException(
                        "schedule", "the periods cover " + covered + " minutes, not the 24 hours of a day");
            }
            Measure total = Measure.of(0, "mL/d");
            for (Prescription.Period period : p.schedule()) {
                Measure rate =
                        Amount.of(period.dailyRate()).divide(concentration).to("mL/d");
                Measure share = rate.multiply(Ratio.of(period.minutes(), 24 * 60));
                total = total.add(share);
                steps.add(step(
                        "schedule." + period.from(),
                        "Volume delivered " + period.from() + "-" + period.until(),
                        "rate of " + basalDrug + " / its concentration x share of the day",
                        share,
                        term("rate", Amount.of(period.dailyRate()), "prescription"),
                        term("concentration of " + basalDrug, concentration, "prescription"),
                        term("minutes", Measure.of(period.minutes(), "min"), "prescription")));
                lowestPeriod = Optional.of(
                        lowestPeriod.filter(l -> l.compareQuantity(rate) <= 0).orElse(rate));
                highestPeriod = Optional.of(
                        highestPeriod.filter(h -> h.compareQuantity(rate) >= 0).orElse(rate));
            }
            fromSchedule = Optional.of(total);
            steps.add(step("basalVolume", "Basal volume a day", "sum of the schedule's periods", total));
        }
        Optional<Measure> fromDose = p.basalDose()
                .filter(d -> p.schedule().isEmpty())
                .map(d -> {
                    Measure dose = Amount.of(d.dailyDose());
                    Measure volume = dose.divide(concentration).to("mL/d");
                    steps.add(step(
                            "basalVolume",
                            "Basal volume a day",
                            "daily dose of " + basalDrug + " / its concentration",
                            volume,
                            term("daily dose of " + basalDrug, dose, "prescription"),
                            term("concentration of " + basalDrug, concentration, "prescription")));
                    return volume;
                });
        Optional<Measure> stated = p.basalVolume().map(v -> Amount.of(v).to("mL/d"));
        Measure basalVolume = fromSchedule
                .or(() -> stated)
                .or(() -> fromDose)
                .orElseThrow(() -> new PrescriptionException(
                        "basalDose", "give the basal rate as a daily dose, a volume a day or a schedule"));
        if (stated.isPresent() && fromDose.isEmpty() && fromSchedule.isEmpty()) {
            steps.add(step(
                    "basalVolume",
                    "Basal volume a day",
                    "as written",
                    basalVolume,
                    term("basal volume a day", basalVolume, "prescription")));
        }

        // 2. Bolus volume and the most a day
        Measure bolusVolumePerDay = Measure.of(0, "mL/d");
        if (p.bolus().isPresent()) {
            Prescription.PatientBolus bolus = p.bolus().get();
            Measure dose = Amount.of(bolus.dose());
            Measure volume = dose.divide(concentration).to("mL");
            steps.add(step(
                    "bolusVolume",
                    "Volume of one patient bolus",
                    "bolus dose of " + basalDrug + " / its concentration",
                    volume,
                    term("bolus dose", dose, "prescription"),
                    term("concentration of " + basalDrug, concentration, "prescription")));
            bolusVolumePerDay = volume.multiply(Ratio.of(bolus.maxPerDay()))
                    .divide(Measure.of(1, "d"))
                    .to("mL/d");
        }
        Measure maxVolume = basalVolume.add(bolusVolumePerDay);
        if (p.bolus().isPresent()) {
            steps.add(step(
                    "maxVolume",
                    "Volume a day with every allowed bolus used",
                    "basal volume a day + boluses a day x bolus volume",
                    maxVolume,
                    term("basal volume a day", basalVolume, "calculated"),
                    term("boluses a day", Measure.of(p.bolus().get().maxPerDay(), "1"), "prescription"),
                    term("bolus volumes a day", bolusVolumePerDay, "calculated")));
        }

        // 3. Each drug's daily dose at basal and with every bolus
        for (Prescription.ReservoirDrug c : p.contents()) {
            Measure conc = Amount.of(c.concentration());
            String massPerDay = conc.unit().replace("/mL", "/d");
            Measure basal = basalVolume.multiply(conc).to(massPerDay);
            Measure max = maxVolume.multiply(conc).to(massPerDay);
            steps.add(step(
                    "dailyDose." + c.drug(),
                    "Daily dose of " + c.drug() + " at basal rate",
                    "basal volume a day x concentration of " + c.drug(),
                    readable(basal),
                    term("basal volume a day", basalVolume, "calculated"),
                    term("concentration of " + c.drug(), conc, "prescription")));
            if (p.bolus().isPresent()) {
                steps.add(step(
                        "maxDailyDose." + c.drug(),
                        "Daily dose of " + c.drug() + " with every bolus used",
                        "volume a day with every bolus x concentration of " + c.drug(),
                        readable(max),
                        term("volume a day with every bolus", maxVolume, "calculated"),
                        term("concentration of " + c.drug(), conc, "prescription")));
            }
            facts.add(new DrugLoad(c.drug(), conc, basal, max, library.find(c.drug()), p.startingDose()));
            if (!device.capabilities().labelledDrugs().isEmpty() && !device.labels(c.drug())) {
                facts.add(new OffLabelDrug(
                        c.drug(), device.id(), device.capabilities().labelledDrugs()));
            }
        }

        // 4. Rate against the pump, and the written rate against the written dose
        facts.add(new DeliveryRate(
                device.id(),
                basalVolume,
                maxVolume,
                device.flowRate(),
                stated,
                stated.isPresent() ? fromDose : Optional.empty(),
                lowestPeriod,
                highestPeriod));

        // 5. Titration against the previous prescription
        p.previous().ifPresent(prev -> titration(p, prev, concentration, basalVolume, steps, facts, basalDrug));

        // 6. The reservoir over time, the refill-due date at the worst case, stability and label refill limits
        RefillCalculator.RefillDates dates =
                new RefillCalculator(library, parameters).calculate(p, device, basalVolume, maxVolume, steps, facts);
        p.psychosisHistory().ifPresent(h -> facts.add(new PsychosisHistory(h)));
        return new DosingCalculation(steps, facts, dates.refillDue(), dates.alarmDate());
    }

    private void titration(
            Prescription p,
            Prescription.Previous prev,
            Measure concentration,
            Measure basalVolume,
            List<Step> steps,
            List<Object> facts,
            String drug) {
        String massPerDay = concentration.unit().replace("/mL", "/d");
        Measure now = basalVolume.multiply(concentration).to(massPerDay);
        Measure before = Amount.of(prev.basalDailyDose()).to(massPerDay);
        Measure basalStep = percent(now, before);
        steps.add(step(
                "titration.basal",
                "Basal titration step",
                "(new basal daily dose - previous) / previous x 100",
                basalStep,
                term("new basal daily dose of " + drug, now, "calculated"),
                term("previous basal daily dose", before, "prescription")));
        facts.add(new TitrationStep(
                drug,
                TitrationStep.Basis.BASAL,
                Amount.shown(basalStep),
                Amount.shown(now.subtract(before)),
                massPerDay));
        library.find(drug).ifPresent(entry -> {
            Optional<java.time.LocalDate> startsOn =
                    p.checkedOn().or(() -> p.fill().map(Prescription.Fill::date));
            Optional<Long> days = prev.startedOn()
                    .flatMap(from -> startsOn.map(to -> java.time.temporal.ChronoUnit.DAYS.between(from, to)));
            BigDecimal fraction = now.subtract(before)
                    .value()
                    .divide(before.value())
                    .toBigDecimal(MathContext.DECIMAL64)
                    .setScale(3, RoundingMode.HALF_EVEN);
            for (int i = 0; i < entry.titration().size(); i++) {
                facts.add(
                        new LibraryTitration(drug, i, entry.titration().get(i), now.subtract(before), fraction, days));
            }
        });
        Measure nowMax = now;
        if (p.bolus().isPresent()) {
            nowMax = now.add(Amount.of(p.bolus().get().dose())
                    .multiply(Ratio.of(p.bolus().get().maxPerDay()))
                    .divide(Measure.of(1, "d"))
                    .to(massPerDay));
        }
        Measure beforeMax = before;
        if (prev.bolusDose().isPresent() && prev.bolusMaxPerDay().isPresent()) {
            beforeMax = before.add(Amount.of(prev.bolusDose().get())
                    .multiply(Ratio.of(prev.bolusMaxPerDay().get()))
                    .divide(Measure.of(1, "d"))
                    .to(massPerDay));
        }
        if (p.bolus().isPresent() || prev.bolusDose().isPresent()) {
            steps.add(step(
                    "maxDaily." + drug,
                    "Most " + drug + " a day with every bolus used, now",
                    "basal daily dose + boluses a day x bolus dose",
                    nowMax,
                    term("basal daily dose", now, "calculated")));
            steps.add(step(
                    "previousMaxDaily." + drug,
                    "Most " + drug + " a day with every bolus used, before",
                    "previous basal daily dose + boluses a day x bolus dose",
                    beforeMax,
                    term("previous basal daily dose", before, "prescription")));
            Measure maxStep = percent(nowMax, beforeMax);
            steps.add(step(
                    "titration.maxDaily",
                    "Titration step on the most a day with every bolus used",
                    "(new maximum daily dose - previous) / previous x 100",
                    maxStep,
                    term("new maximum daily dose", nowMax, "calculated"),
                    term("previous maximum daily dose", beforeMax, "calculated")));
            facts.add(new TitrationStep(
                    drug,
                    TitrationStep.Basis.MAX_DAILY_WITH_ALL_BOLUSES,
                    Amount.shown(maxStep),
                    Amount.shown(nowMax.subtract(beforeMax)),
                    massPerDay));
        }
    }

    /** A microgram daily dose of 1000 or more is shown in mg/d (1750 ug/d as 1.75 mg/d); the value is the same. */
    private static Measure readable(Measure dailyDose) {
        return dailyDose.unit().equals("ug/d") && dailyDose.compareQuantity(Measure.of(1000, "ug/d")) >= 0
                ? dailyDose.to("mg/d")
                : dailyDose;
    }

    private static Measure percent(Measure now, Measure before) {
        return new Measure(now.subtract(before).value().divide(before.value()).multiply(Ratio.of(100)), "%");
    }

    private static Step.Term term(String name, Measure m, String from) {
        return new Step.Term(name, Amount.shown(m), m.unit(), from);
    }

    private static Step step(String id, String what, String formula, Measure result, Step.Term... inputs) {
        return new Step(
                id, what, formula, List.of(inputs), Amount.shown(result), result.unit(), Amount.exactIfRounded(result));
    }

    /** Everything calculated: the steps in order, the facts for the rules, and the dates. */
    public record DosingCalculation(
            List<Step> steps, List<Object> facts, Optional<LocalDate> refillDue, Optional<LocalDate> alarmDate) {}

    /** A prescription that cannot be calculated as written, naming the field. */
    public static final class PrescriptionException extends RuntimeException {
        private final String field;

        public PrescriptionException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
