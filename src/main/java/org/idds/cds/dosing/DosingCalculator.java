package org.idds.cds.dosing;

import static org.idds.cds.dosing.CalculationTexts.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.ReservoirArithmetic;
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
                            key(
                                    SCHEDULE_DOSE,
                                    basalDrug,
                                    period.from().toString(),
                                    period.until().toString()),
                            doseShare,
                            term(T_RATE, dailyRate, PRESCRIPTION),
                            term(T_MINUTES, Measure.of(period.minutes(), "min"), PRESCRIPTION)));
                    continue;
                }
                Measure rate = ReservoirArithmetic.dailyVolume(dailyRate, concentration.get());
                Measure share = rate.multiply(Ratio.of(period.minutes(), 24 * 60));
                total = total == null ? share : total.add(share);
                steps.add(step(
                        "schedule." + period.from(),
                        key(
                                SCHEDULE_VOLUME,
                                basalDrug,
                                period.from().toString(),
                                period.until().toString()),
                        share,
                        term(T_RATE, dailyRate, PRESCRIPTION),
                        term(key(T_CONCENTRATION, basalDrug), concentration.get(), PRESCRIPTION),
                        term(T_MINUTES, Measure.of(period.minutes(), "min"), PRESCRIPTION)));
                lowestPeriod = Optional.of(
                        lowestPeriod.filter(l -> l.compareQuantity(rate) <= 0).orElse(rate));
                highestPeriod = Optional.of(
                        highestPeriod.filter(h -> h.compareQuantity(rate) >= 0).orElse(rate));
            }
            if (total != null) {
                fromSchedule = Optional.of(total);
                steps.add(step("basalVolume", BASAL_VOLUME_FROM_SCHEDULE, total));
            } else {
                doseFromSchedule = Optional.of(totalDose);
                steps.add(step("basalDailyDose", key(BASAL_DAILY_DOSE_FROM_SCHEDULE, basalDrug), totalDose));
            }
        }
        Optional<Measure> fromDose = p.basalDose()
                .filter(d -> p.schedule().isEmpty())
                .flatMap(d -> concentration.map(conc -> {
                    Measure dose = Amount.of(d.dailyDose());
                    Measure volume = ReservoirArithmetic.dailyVolume(dose, conc);
                    steps.add(step(
                            "basalVolume",
                            key(BASAL_VOLUME_FROM_DAILY_DOSE, basalDrug),
                            volume,
                            term(key(T_DAILY_DOSE, basalDrug), dose, PRESCRIPTION),
                            term(key(T_CONCENTRATION, basalDrug), conc, PRESCRIPTION)));
                    return volume;
                }));
        Optional<Measure> stated = p.basalVolume().map(v -> Amount.of(v).to("mL/d"));
        Optional<Measure> basalVolume = fromSchedule.or(() -> stated).or(() -> fromDose);
        if (stated.isPresent() && fromDose.isEmpty() && fromSchedule.isEmpty()) {
            steps.add(step(BASAL_VOLUME, stated.get(), term(T_BASAL_VOLUME, stated.get(), PRESCRIPTION)));
        }
        if (basalVolume.isEmpty()) {
            notCalculated.add(new NotCalculated("basalVolume", key(NO_BASAL_VOLUME, basalDrug)));
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
                Measure v = ReservoirArithmetic.doseVolume(bolusDose.get(), concentration.get());
                volume = Optional.of(v);
                steps.add(step(
                        "bolusVolume",
                        key(BOLUS_VOLUME, basalDrug),
                        v,
                        term(T_BOLUS_DOSE, bolusDose.get(), PRESCRIPTION),
                        term(key(T_CONCENTRATION, basalDrug), concentration.get(), PRESCRIPTION)));
            } else if (volume.isPresent() && concentration.isPresent()) {
                Measure d = doseIn(volume.get(), concentration.get());
                bolusDose = Optional.of(d);
                steps.add(step(
                        "bolusDose",
                        key(BOLUS_DOSE, basalDrug),
                        d,
                        term(T_BOLUS_VOLUME, volume.get(), PRESCRIPTION),
                        term(key(T_CONCENTRATION, basalDrug), concentration.get(), PRESCRIPTION)));
            }
            if (volume.isEmpty()) {
                notCalculated.add(new NotCalculated("bolusVolume", key(NO_BOLUS_VOLUME, basalDrug)));
            }
            bolusVolumePerDay = volume.map(v -> ReservoirArithmetic.everyBolusADay(v, bolus.maxPerDay(), "mL/d"));
        }
        Optional<Measure> bolusVolumes = bolusVolumePerDay;
        Optional<Measure> maxVolume = basalVolume.flatMap(b -> bolusVolumes.map(b::add));
        if (p.bolus().isPresent() && maxVolume.isPresent()) {
            steps.add(step(
                    MAX_VOLUME,
                    maxVolume.get(),
                    term(T_BASAL_VOLUME, basalVolume.get(), CALCULATED),
                    term(T_BOLUSES_A_DAY, Measure.of(p.bolus().get().maxPerDay(), "1"), PRESCRIPTION),
                    term(T_BOLUS_VOLUMES_A_DAY, bolusVolumes.get(), CALCULATED)));
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
                        key(DAILY_DOSE, c.drug()),
                        readable(basal),
                        term(T_BASAL_VOLUME, basalVolume.get(), CALCULATED),
                        term(key(T_CONCENTRATION, c.drug()), conc.get(), PRESCRIPTION)));
                if (p.bolus().isPresent()) {
                    steps.add(step(
                            key(MAX_DAILY_DOSE, c.drug()),
                            readable(max),
                            term(T_MAX_VOLUME, maxVolume.get(), CALCULATED),
                            term(key(T_CONCENTRATION, c.drug()), conc.get(), PRESCRIPTION)));
                }
            } else if (c.drug().equals(basalDrug)
                    && writtenBasalDose.isPresent()
                    && bolusVolumeOrDoseKnown(p, bolusDose)) {
                basal = writtenBasalDose.get();
                max = basal;
                if (p.bolus().isPresent()) {
                    max = basal.add(ReservoirArithmetic.everyBolusADay(
                            bolusDose.get(), p.bolus().get().maxPerDay(), basal.unit()));
                    steps.add(step(
                            key(MAX_DAILY_DOSE, c.drug()),
                            key(MAX_DAILY_DOSE_FROM_DAILY_DOSE, c.drug()),
                            readable(max),
                            term(key(T_BASAL_DAILY_DOSE_OF, c.drug()), basal, PRESCRIPTION),
                            term(T_BOLUSES_A_DAY, Measure.of(p.bolus().get().maxPerDay(), "1"), PRESCRIPTION),
                            term(T_BOLUS_DOSE, bolusDose.get(), PRESCRIPTION)));
                }
            } else {
                notCalculated.add(new NotCalculated(
                        "dailyDose." + c.drug(),
                        key(
                                conc.isEmpty() ? NO_DAILY_DOSE_NO_CONCENTRATION : NO_DAILY_DOSE_NO_BASAL_VOLUME,
                                c.drug())));
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
            notCalculated.add(new NotCalculated(NO_DEVICE_FIT));
            p.psychosisHistory().ifPresent(h -> facts.add(new PsychosisHistory(h)));
            return new DosingCalculation(steps, facts, Optional.empty(), Optional.empty(), notCalculated);
        }
        if (maxVolume.isEmpty()) {
            notCalculated.add(new NotCalculated(NO_RESERVOIR));
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

    /** An input by its term key ({@link CalculationTexts}) and where it came from. */
    static Step.Term term(String term, Measure m, String from) {
        return new Step.Term(term, Amount.shown(m), m.unit(), from);
    }

    /** An input whose value is a governed figure: the figure's key and whether it is verified. */
    static Step.Term term(String term, Measure m, String from, String figure, boolean verified) {
        return new Step.Term(term, Amount.shown(m), m.unit(), from, Optional.of(figure), Optional.of(verified));
    }

    /** A step whose id is also the key of its texts. */
    static Step step(String id, Measure result, Step.Term... inputs) {
        return step(id, id, Optional.empty(), result, inputs);
    }

    /** A step whose texts are keyed {@code text} (a variant, or a key with the drug the id does not carry). */
    static Step step(String id, String text, Measure result, Step.Term... inputs) {
        return step(id, text, Optional.empty(), result, inputs);
    }

    static Step step(String id, String text, Optional<List<Step.Part>> parts, Measure result, Step.Term... inputs) {
        return new Step(
                id,
                text.equals(id) ? Optional.empty() : Optional.of(text),
                parts,
                List.of(inputs),
                Amount.shown(result),
                result.unit(),
                Amount.exactIfRounded(result));
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

    /**
     * A calculation the check could not make (a dose-only check, a concentration not given), by id; what it is and why
     * it was not made are ruleset text keyed {@code text} (or the id), in the outcomes file's {@code notCalculated};
     * {@code parts}: the pieces of the why composed from what is missing.
     */
    public record NotCalculated(String id, Optional<String> text, Optional<List<Step.Part>> parts) {

        public NotCalculated {
            parts = parts.map(List::copyOf);
        }

        /** Texts keyed by the id. */
        public NotCalculated(String id) {
            this(id, Optional.empty(), Optional.empty());
        }

        /** Texts keyed {@code text}. */
        public NotCalculated(String id, String text) {
            this(id, text.equals(id) ? Optional.empty() : Optional.of(text), Optional.empty());
        }
    }

    /** A prescription that cannot be calculated as written, naming the field. */
    public static final class PrescriptionException extends org.idds.cds.kernel.RefusedFieldException {
        public PrescriptionException(String field, String message) {
            super(field, message);
        }
    }
}
