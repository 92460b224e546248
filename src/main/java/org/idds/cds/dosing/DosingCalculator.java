package org.idds.cds.dosing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.DeviceCapabilities;
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

    /** What every prescription this system checks is for: intrathecal therapy for cancer pain. */
    public static final DeviceCapabilities.Indication INDICATION = DeviceCapabilities.Indication.PAIN;

    /** The site's refill-by volume: the refill is due while this much is left, a margin above the alarm. */
    public static final String REFILL_BY_VOLUME = "dosing.refillBy.volume";

    private final IntrathecalDrugLibrary library;
    private final List<Parameter> parameters;

    public DosingCalculator(IntrathecalDrugLibrary library, List<Parameter> parameters) {
        this.library = library;
        this.parameters = List.copyOf(parameters);
    }

    /** A prescription for a pump (every concentration given). */
    public DosingCalculation calculate(Prescription p, DeviceModel device) {
        return calculate(p, Optional.of(device));
    }

    /**
     * Everything the prescription implies; without a device (a dose-only check) or without a concentration, what needs
     * it is listed in {@link DosingCalculation#notCalculated()} with the reason, never guessed.
     */
    public DosingCalculation calculate(Prescription p, Optional<DeviceModel> pump) {
        List<Step> steps = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        List<NotCalculated> notCalculated = new ArrayList<>();
        String basalDrug = p.basalDrug();
        Prescription.ReservoirDrug principal = p.contents().stream()
                .filter(c -> c.drug().equals(basalDrug))
                .findFirst()
                .orElseThrow(() -> new PrescriptionException(
                        "basalDose.drug", "'" + basalDrug + "' is not among the reservoir contents"));
        Optional<Measure> concentration = principal.concentration().map(Amount::of);
        facts.add(new PrescriptionSituation(p.context(), p.opioidStatus(), p.interruption()));
        p.contents()
                .forEach(c -> facts.add(
                        new DrugInReservoir(c.drug(), c.concentration().map(Amount::of))));
        if (p.psychosisHistory().isEmpty()) {
            facts.add(new PsychosisHistoryNotGiven());
        }

        // 1. Basal daily dose of the basal drug, and the basal volume a day (one rate, or a 24-hour schedule)
        Optional<Measure> lowestPeriod = Optional.empty();
        Optional<Measure> highestPeriod = Optional.empty();
        Optional<Measure> fromSchedule = Optional.empty();
        Optional<Measure> doseFromSchedule = Optional.empty();
        if (!p.schedule().isEmpty()) {
            long covered = p.schedule().stream()
                    .mapToLong(Prescription.Period::minutes)
                    .sum();
            if (covered != 24 * 60) {
                throw new PrescriptionException(
                        "schedule", "the periods cover " + covered + " minutes, not the 24 hours of a day");
            }
            Measure total = null;
            Measure totalDose = null;
            for (Prescription.Period period : p.schedule()) {
                Measure dailyRate = Amount.of(period.dailyRate());
                Measure doseShare = dailyRate.multiply(Ratio.of(period.minutes(), 24 * 60));
                totalDose = totalDose == null ? doseShare : totalDose.add(doseShare.to(totalDose.unit()));
                if (concentration.isEmpty()) {
                    steps.add(step(
                            "schedule." + period.from(),
                            "Dose delivered " + period.from() + "-" + period.until(),
                            "rate of " + basalDrug + " x share of the day",
                            doseShare,
                            term("rate", dailyRate, "prescription"),
                            term("minutes", Measure.of(period.minutes(), "min"), "prescription")));
                    continue;
                }
                Measure rate = dailyRate.divide(concentration.get()).to("mL/d");
                Measure share = rate.multiply(Ratio.of(period.minutes(), 24 * 60));
                total = total == null ? share : total.add(share);
                steps.add(step(
                        "schedule." + period.from(),
                        "Volume delivered " + period.from() + "-" + period.until(),
                        "rate of " + basalDrug + " / its concentration x share of the day",
                        share,
                        term("rate", dailyRate, "prescription"),
                        term("concentration of " + basalDrug, concentration.get(), "prescription"),
                        term("minutes", Measure.of(period.minutes(), "min"), "prescription")));
                lowestPeriod = Optional.of(
                        lowestPeriod.filter(l -> l.compareQuantity(rate) <= 0).orElse(rate));
                highestPeriod = Optional.of(
                        highestPeriod.filter(h -> h.compareQuantity(rate) >= 0).orElse(rate));
            }
            if (total != null) {
                fromSchedule = Optional.of(total);
                steps.add(step("basalVolume", "Basal volume a day", "sum of the schedule's periods", total));
            } else {
                doseFromSchedule = Optional.of(totalDose);
                steps.add(step(
                        "basalDailyDose",
                        "Basal daily dose of " + basalDrug,
                        "sum of the schedule's periods",
                        totalDose));
            }
        }
        Optional<Measure> fromDose = p.basalDose()
                .filter(d -> p.schedule().isEmpty())
                .flatMap(d -> concentration.map(conc -> {
                    Measure dose = Amount.of(d.dailyDose());
                    Measure volume = dose.divide(conc).to("mL/d");
                    steps.add(step(
                            "basalVolume",
                            "Basal volume a day",
                            "daily dose of " + basalDrug + " / its concentration",
                            volume,
                            term("daily dose of " + basalDrug, dose, "prescription"),
                            term("concentration of " + basalDrug, conc, "prescription")));
                    return volume;
                }));
        Optional<Measure> stated = p.basalVolume().map(v -> Amount.of(v).to("mL/d"));
        Optional<Measure> basalVolume = fromSchedule.or(() -> stated).or(() -> fromDose);
        if (stated.isPresent() && fromDose.isEmpty() && fromSchedule.isEmpty()) {
            steps.add(step(
                    "basalVolume",
                    "Basal volume a day",
                    "as written",
                    stated.get(),
                    term("basal volume a day", stated.get(), "prescription")));
        }
        if (basalVolume.isEmpty()) {
            notCalculated.add(new NotCalculated(
                    "basalVolume", "Basal volume a day", "the concentration of " + basalDrug + " is not given"));
        }
        // the basal drug's daily dose as written when no volume carries it
        Optional<Measure> writtenBasalDose = doseFromSchedule.or(
                () -> p.basalDose().filter(d -> p.schedule().isEmpty()).map(d -> Amount.of(d.dailyDose())));

        // 2. Bolus: its dose and volume, and the most a day
        Optional<Measure> bolusVolumePerDay = Optional.of(Measure.of(0, "mL/d"));
        Optional<Measure> bolusDose = Optional.empty();
        if (p.bolus().isPresent()) {
            Prescription.PatientBolus bolus = p.bolus().get();
            Optional<Measure> volume = bolus.volume().map(v -> Amount.of(v).to("mL"));
            bolusDose = bolus.dose().map(Amount::of);
            if (bolusDose.isPresent() && concentration.isPresent()) {
                Measure v = bolusDose.get().divide(concentration.get()).to("mL");
                volume = Optional.of(v);
                steps.add(step(
                        "bolusVolume",
                        "Volume of one patient bolus",
                        "bolus dose of " + basalDrug + " / its concentration",
                        v,
                        term("bolus dose", bolusDose.get(), "prescription"),
                        term("concentration of " + basalDrug, concentration.get(), "prescription")));
            } else if (volume.isPresent() && concentration.isPresent()) {
                Measure d = doseIn(volume.get(), concentration.get());
                bolusDose = Optional.of(d);
                steps.add(step(
                        "bolusDose",
                        "Dose of " + basalDrug + " in one patient bolus",
                        "bolus volume x concentration of " + basalDrug,
                        d,
                        term("bolus volume", volume.get(), "prescription"),
                        term("concentration of " + basalDrug, concentration.get(), "prescription")));
            }
            if (volume.isEmpty()) {
                notCalculated.add(new NotCalculated(
                        "bolusVolume",
                        "Volume of one patient bolus",
                        "the concentration of " + basalDrug + " is not given"));
            }
            bolusVolumePerDay = volume.map(v -> v.multiply(Ratio.of(bolus.maxPerDay()))
                    .divide(Measure.of(1, "d"))
                    .to("mL/d"));
        }
        Optional<Measure> bolusVolumes = bolusVolumePerDay;
        Optional<Measure> maxVolume = basalVolume.flatMap(b -> bolusVolumes.map(b::add));
        if (p.bolus().isPresent() && maxVolume.isPresent()) {
            steps.add(step(
                    "maxVolume",
                    "Volume a day with every allowed bolus used",
                    "basal volume a day + boluses a day x bolus volume",
                    maxVolume.get(),
                    term("basal volume a day", basalVolume.get(), "calculated"),
                    term("boluses a day", Measure.of(p.bolus().get().maxPerDay(), "1"), "prescription"),
                    term("bolus volumes a day", bolusVolumes.get(), "calculated")));
        }

        // 3. Each drug's daily dose at basal and with every bolus
        Optional<Measure> basalDrugDaily = Optional.empty();
        for (Prescription.ReservoirDrug c : p.contents()) {
            Optional<Measure> conc = c.concentration().map(Amount::of);
            Measure basal;
            Measure max;
            if (conc.isPresent() && basalVolume.isPresent() && maxVolume.isPresent()) {
                String massPerDay = conc.get().unit().replace("/mL", "/d");
                basal = basalVolume.get().multiply(conc.get()).to(massPerDay);
                max = maxVolume.get().multiply(conc.get()).to(massPerDay);
                steps.add(step(
                        "dailyDose." + c.drug(),
                        "Daily dose of " + c.drug() + " at basal rate",
                        "basal volume a day x concentration of " + c.drug(),
                        readable(basal),
                        term("basal volume a day", basalVolume.get(), "calculated"),
                        term("concentration of " + c.drug(), conc.get(), "prescription")));
                if (p.bolus().isPresent()) {
                    steps.add(step(
                            "maxDailyDose." + c.drug(),
                            "Daily dose of " + c.drug() + " with every bolus used",
                            "volume a day with every bolus x concentration of " + c.drug(),
                            readable(max),
                            term("volume a day with every bolus", maxVolume.get(), "calculated"),
                            term("concentration of " + c.drug(), conc.get(), "prescription")));
                }
            } else if (c.drug().equals(basalDrug)
                    && writtenBasalDose.isPresent()
                    && bolusVolumeOrDoseKnown(p, bolusDose)) {
                basal = writtenBasalDose.get();
                max = basal;
                if (p.bolus().isPresent()) {
                    max = basal.add(bolusDose
                            .get()
                            .multiply(Ratio.of(p.bolus().get().maxPerDay()))
                            .divide(Measure.of(1, "d"))
                            .to(basal.unit()));
                    steps.add(step(
                            "maxDailyDose." + c.drug(),
                            "Daily dose of " + c.drug() + " with every bolus used",
                            "basal daily dose + boluses a day x bolus dose",
                            readable(max),
                            term("basal daily dose of " + c.drug(), basal, "prescription"),
                            term("boluses a day", Measure.of(p.bolus().get().maxPerDay(), "1"), "prescription"),
                            term("bolus dose", bolusDose.get(), "prescription")));
                }
            } else {
                notCalculated.add(new NotCalculated(
                        "dailyDose." + c.drug(),
                        "Daily dose of " + c.drug(),
                        conc.isEmpty()
                                ? "its concentration is not given"
                                : "the basal volume a day cannot be calculated"));
                continue;
            }
            if (c.drug().equals(basalDrug)) {
                basalDrugDaily = Optional.of(basal);
            }
            facts.add(new DrugLoad(c.drug(), conc, basal, max, library.find(c.drug()), p.startingDose()));
            library.find(c.drug()).ifPresent(entry -> facts.addAll(LibraryLimit.of(c.drug(), entry)));
            pump.filter(d -> !d.capabilities().labelledDrugs().isEmpty())
                    .flatMap(d -> offLabel(d, c.drug(), conc))
                    .ifPresent(facts::add);
        }

        // 3a. The patient bolus against the basal daily dose, and its schedule against a day
        if (p.bolus().isPresent()) {
            Prescription.PatientBolus bolus = p.bolus().get();
            Optional<Measure> basalDaily = basalDrugDaily;
            bolusDose
                    .filter(b -> basalDaily.filter(d -> d.value().signum() > 0).isPresent())
                    .ifPresent(b -> facts.add(new BolusSize(basalDrug, b, basalDaily.get())));
            bolus.lockout().ifPresent(l -> facts.add(new BolusSchedule(Amount.of(l), bolus.maxPerDay())));
        }

        // 4. Rate against the pump, and the written rate against the written dose
        if (pump.isPresent() && basalVolume.isPresent() && maxVolume.isPresent()) {
            facts.add(new DeliveryRate(
                    pump.get().id(),
                    basalVolume.get(),
                    maxVolume.get(),
                    pump.get().flowRate(),
                    stated,
                    stated.isPresent() ? fromDose : Optional.empty(),
                    lowestPeriod,
                    highestPeriod));
            facts.addAll(DeviceLimit.flowRange(pump.get()));
        }

        // 5. Titration against the previous prescription (the same drug: a change of drug is never a percentage step);
        // a change of drug or concentration, and a revision, by their own calculations
        if (p.previous().isPresent()
                && basalDrugDaily.isPresent()
                && p.previousDrug().orElseThrow().equals(basalDrug)) {
            new TitrationCalculator(library).titration(p, p.previous().get(), basalDrugDaily.get(), steps, facts);
        }
        new DrugChangeCalculator(parameters, library)
                .changes(p, basalDrugDaily, stated, basalVolume, steps, facts, notCalculated);

        if (pump.isEmpty()) {
            notCalculated.add(new NotCalculated(
                    "deviceFit",
                    "Rate against the pump's flow range, fill against the reservoir, days to the alarm, refill-due "
                            + "date, and the pump's labelled drugs",
                    "no device was given (a dose-only check)"));
            p.psychosisHistory().ifPresent(h -> facts.add(new PsychosisHistory(h)));
            return new DosingCalculation(steps, facts, Optional.empty(), Optional.empty(), notCalculated);
        }
        if (maxVolume.isEmpty()) {
            notCalculated.add(new NotCalculated(
                    "reservoir",
                    "Days to the alarm and the refill-due date",
                    "the volume a day cannot be calculated without the concentrations"));
            p.psychosisHistory().ifPresent(h -> facts.add(new PsychosisHistory(h)));
            return new DosingCalculation(steps, facts, Optional.empty(), Optional.empty(), notCalculated);
        }
        DeviceModel device = pump.get();

        // 6. The reservoir over time, the refill-due date at the worst case, stability and label refill limits
        RefillCalculator.RefillDates dates = new RefillCalculator(library, parameters)
                .calculate(p, device, basalVolume.get(), maxVolume.get(), steps, facts);
        p.psychosisHistory().ifPresent(h -> facts.add(new PsychosisHistory(h)));
        return new DosingCalculation(steps, facts, dates.refillDue(), dates.alarmDate(), notCalculated);
    }

    /**
     * Whether a drug of the reservoir is used outside the pump's labelling: not named by it, above its highest labelled
     * strength, or labelled for another indication than the one this system checks ({@link #INDICATION}).
     */
    private static Optional<OffLabelDrug> offLabel(DeviceModel device, String drug, Optional<Measure> concentration) {
        List<String> labelled = device.capabilities().labelledDrugs();
        Optional<DeviceCapabilities.LabelledDrug> labelling =
                device.capabilities().labellingOf(drug).filter(l -> device.labels(drug));
        if (labelling.isEmpty()) {
            return Optional.of(new OffLabelDrug(drug, device.id(), labelled));
        }
        DeviceCapabilities.LabelledDrug l = labelling.get();
        if (!l.labelledFor(INDICATION)) {
            return Optional.of(new OffLabelDrug(
                    drug,
                    device.id(),
                    labelled,
                    OffLabelDrug.Why.INDICATION_NOT_LABELLED,
                    concentration,
                    l.maxConcentration(),
                    l.indications()));
        }
        if (concentration.isPresent()
                && l.maxConcentration()
                        .filter(max -> concentration.get().compareQuantity(max.measure()) > 0)
                        .isPresent()) {
            return Optional.of(new OffLabelDrug(
                    drug,
                    device.id(),
                    labelled,
                    OffLabelDrug.Why.ABOVE_LABELLED_STRENGTH,
                    concentration,
                    l.maxConcentration(),
                    l.indications()));
        }
        return Optional.empty();
    }

    /** A microgram daily dose of 1000 or more is shown in mg/d (1750 ug/d as 1.75 mg/d); the value is the same. */
    private static Measure readable(Measure dailyDose) {
        return dailyDose.unit().equals("ug/d") && dailyDose.compareQuantity(Measure.of(1000, "ug/d")) >= 0
                ? dailyDose.to("mg/d")
                : dailyDose;
    }

    static Measure percent(Measure now, Measure before) {
        return new Measure(now.subtract(before).value().divide(before.value()).multiply(Ratio.of(100)), "%");
    }

    static Step.Term term(String name, Measure m, String from) {
        return new Step.Term(name, Amount.shown(m), m.unit(), from);
    }

    static Step step(String id, String what, String formula, Measure result, Step.Term... inputs) {
        return new Step(
                id, what, formula, List.of(inputs), Amount.shown(result), result.unit(), Amount.exactIfRounded(result));
    }

    /** The bolus as a dose of the basal drug: as written, or its volume times the basal drug's concentration. */
    static Optional<Measure> bolusDoseOf(Prescription p) {
        return p.bolus()
                .flatMap(b -> b.dose()
                        .map(Amount::of)
                        .or(() -> b.volume()
                                .flatMap(v -> p.contents().stream()
                                        .filter(c -> c.drug().equals(p.basalDrug()))
                                        .findFirst()
                                        .flatMap(Prescription.ReservoirDrug::concentration)
                                        .map(c -> doseIn(Amount.of(v), Amount.of(c))))));
    }

    private static boolean bolusVolumeOrDoseKnown(Prescription p, Optional<Measure> bolusDose) {
        return p.bolus().isEmpty() || bolusDose.isPresent();
    }

    /** The dose in a volume of solution, in the concentration's mass unit (mL x ug/mL is ug). */
    static Measure doseIn(Measure volume, Measure concentration) {
        return volume.multiply(concentration).to(concentration.unit().replace("/mL", ""));
    }

    /**
     * Everything calculated: the steps in order, the facts for the rules, the dates, and what could not be
     * calculated with why.
     */
    public record DosingCalculation(
            List<Step> steps,
            List<Object> facts,
            Optional<LocalDate> refillDue,
            Optional<LocalDate> alarmDate,
            List<NotCalculated> notCalculated) {
        public DosingCalculation {
            notCalculated = List.copyOf(notCalculated);
        }
    }

    /** A calculation the check could not make (a dose-only check, a concentration not given), and why. */
    public record NotCalculated(String id, String what, String why) {}

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
