package org.idds.cds.dosing;

import static org.idds.cds.dosing.CalculationTexts.*;
import static org.idds.cds.dosing.DosingCalculator.step;
import static org.idds.cds.dosing.DosingCalculator.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.device.ReservoirArithmetic;
import org.idds.cds.dosing.DosingCalculator.NotCalculated;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * A change of drug, a change of concentration and a revision, each by its own calculation and never as a percentage
 * step: a change of drug as a conversion at the end of the cited range that gives the lower new dose; a change of
 * concentration as the rate that delivers the intended dose, the dose the running rate would deliver, and the old
 * solution still in the pump and catheter; a revision as the volume to prime. What needs volumes that were not given is
 * listed as not calculated, never assumed.
 */
final class DrugChangeCalculator {

    private static final String MORPHINE = "morphine";
    private static final String HYDROMORPHONE = "hydromorphone";

    private final List<Parameter> parameters;
    private final org.idds.cds.clinical.IntrathecalDrugLibrary library;

    /**
     * {@code library}: the intrathecal morphine : hydromorphone ratio is the hydromorphone entry's
     * {@code intrathecalMorphineRatio} (2:1 Sviggum 2016 to 6:1 one centre's protocol), the same figure the starting-dose
     * bound uses.
     */
    DrugChangeCalculator(List<Parameter> parameters, org.idds.cds.clinical.IntrathecalDrugLibrary library) {
        this.parameters = List.copyOf(parameters);
        this.library = library;
    }

    void changes(
            Prescription p,
            Optional<Measure> basalDrugDaily,
            Optional<Measure> writtenRate,
            Optional<Measure> basalVolume,
            List<Step> steps,
            List<Object> facts,
            List<NotCalculated> notCalculated) {
        String drug = p.basalDrug();
        Optional<Measure> intended = p.basalDose()
                .filter(d -> p.schedule().isEmpty())
                .map(d -> Amount.of(d.dailyDose()))
                .or(() -> basalDrugDaily);
        Optional<Measure> newConcentration = p.contents().stream()
                .filter(c -> c.drug().equals(drug))
                .findFirst()
                .flatMap(Prescription.ReservoirDrug::concentration)
                .map(Amount::of);
        if (p.previous().isPresent() && intended.isPresent()) {
            Prescription.Previous prev = p.previous().get();
            String before = p.previousDrug().orElseThrow();
            if (!before.equals(drug)) {
                conversion(before, drug, Amount.of(prev.basalDailyDose()), intended.get(), steps, facts);
            } else {
                Optional<Measure> oldConcentration = prev.concentrationOf(drug).map(Amount::of);
                if (oldConcentration.isPresent()
                        && newConcentration.isPresent()
                        && oldConcentration.get().compareQuantity(newConcentration.get()) != 0) {
                    concentrationChange(
                            p,
                            prev,
                            drug,
                            oldConcentration.get(),
                            newConcentration.get(),
                            intended.get(),
                            writtenRate,
                            steps,
                            facts,
                            notCalculated);
                }
            }
        }
        if (p.context() == PrescriptionContext.AFTER_CATHETER_OR_PUMP_REVISION) {
            priming(p, basalVolume, steps, facts, notCalculated);
        }
    }

    private void conversion(
            String from, String to, Measure previous, Measure now, List<Step> steps, List<Object> facts) {
        Optional<Measure> equivalent = Optional.empty();
        Optional<String> used = Optional.empty();
        Optional<org.idds.cds.clinical.IntrathecalDrug.MorphineRatio> ratio =
                library.find(HYDROMORPHONE).flatMap(org.idds.cds.clinical.IntrathecalDrug::intrathecalMorphineRatio);
        boolean toHydromorphone = from.equals(MORPHINE) && to.equals(HYDROMORPHONE);
        boolean toMorphine = from.equals(HYDROMORPHONE) && to.equals(MORPHINE);
        if (ratio.isPresent() && (toHydromorphone || toMorphine)) {
            // the end of the cited range that gives the lower new dose: divide by the highest, multiply by the lowest
            java.math.BigDecimal r =
                    toHydromorphone ? ratio.get().high() : ratio.get().low();
            Measure eq =
                    (toHydromorphone ? previous.divide(Ratio.of(r)) : previous.multiply(Ratio.of(r))).to(now.unit());
            equivalent = Optional.of(eq);
            used = Optional.of(r.toPlainString());
            steps.add(step(
                    "drugChange.equivalent",
                    toHydromorphone ? EQUIVALENT_TO_HYDROMORPHONE : EQUIVALENT_TO_MORPHINE,
                    eq,
                    term(key(T_CONVERTED_DAILY_DOSE, from), previous, PRESCRIPTION),
                    term(
                            T_MORPHINE_RATIO,
                            Measure.of(r, "1"),
                            DRUG_LIBRARY_MORPHINE_RATIO,
                            "library." + HYDROMORPHONE + ".intrathecalMorphineRatio."
                                    + (toHydromorphone ? "high" : "low"),
                            ratio.get().verification() == org.idds.cds.kernel.Verification.VERIFIED)));
        }
        facts.add(new DrugConversion(
                from, to, previous, now, equivalent, used, equivalent.isPresent() ? ratio : Optional.empty()));
    }

    private void concentrationChange(
            Prescription p,
            Prescription.Previous prev,
            String drug,
            Measure oldConcentration,
            Measure newConcentration,
            Measure intended,
            Optional<Measure> writtenRate,
            List<Step> steps,
            List<Object> facts,
            List<NotCalculated> notCalculated) {
        Measure programmed = ReservoirArithmetic.dailyVolume(intended, newConcentration);
        steps.add(step(
                "concentrationChange.programmedRate",
                key(PROGRAMMED_RATE, drug),
                programmed,
                term(key(T_INTENDED_DAILY_DOSE, drug), intended, PRESCRIPTION),
                term(key(T_NEW_CONCENTRATION, drug), newConcentration, PRESCRIPTION)));
        Measure previousDose = Amount.of(prev.basalDailyDose());
        Measure previousRate = ReservoirArithmetic.dailyVolume(previousDose, oldConcentration);
        boolean written = writtenRate.isPresent();
        boolean carriedOver = !written && p.context() == PrescriptionContext.CONTINUATION;
        Optional<Measure> running = carriedOver ? Optional.of(previousRate) : writtenRate;
        if (carriedOver) {
            steps.add(step(
                    CARRIED_OVER_RATE,
                    previousRate,
                    term(key(T_PREVIOUS_DAILY_DOSE, drug), previousDose, PRESCRIPTION),
                    term(key(T_PREVIOUS_CONCENTRATION, drug), oldConcentration, PRESCRIPTION)));
        }
        Optional<Measure> doseAtRunning =
                running.map(r -> r.multiply(newConcentration).to(intended.unit()));
        doseAtRunning.ifPresent(d -> steps.add(step(
                "concentrationChange.doseAtRunningRate",
                key(DOSE_AT_RUNNING_RATE, drug),
                d,
                term(T_RATE, running.get(), written ? PRESCRIPTION : CARRIED_OVER),
                term(key(T_NEW_CONCENTRATION, drug), newConcentration, PRESCRIPTION))));

        // the old solution still in the pump and catheter runs at the new rate until the new solution reaches the tip
        List<String> missing = new ArrayList<>();
        Optional<Measure> pump = fluidVolume(p, Prescription.FluidPath::pumpInternalVolume);
        Optional<Measure> catheter = fluidVolume(p, Prescription.FluidPath::catheterVolume);
        List<Step.Part> needs = new ArrayList<>();
        if (pump.isEmpty()) {
            missing.add("fluidPath.pumpInternalVolume");
            needs.add(new Step.Part(P_NEEDS_PUMP_INTERNAL_VOLUME));
        }
        if (catheter.isEmpty()) {
            missing.add("fluidPath.catheterVolume");
            needs.add(new Step.Part(P_NEEDS_CATHETER_VOLUME));
        }
        Optional<Measure> oldSolution = Optional.empty();
        if (missing.isEmpty()) {
            Measure volume = pump.get().add(catheter.get());
            oldSolution = Optional.of(volume);
            steps.add(step(
                    OLD_SOLUTION_VOLUME,
                    volume,
                    term(T_PUMP_INTERNAL_VOLUME, pump.get(), PRESCRIPTION),
                    term(T_CATHETER_VOLUME, catheter.get(), PRESCRIPTION)));
            steps.add(step(
                    OLD_SOLUTION_DRUG,
                    DosingCalculator.doseIn(volume, oldConcentration),
                    term(T_OLD_SOLUTION_VOLUME, volume, CALCULATED),
                    term(key(T_PREVIOUS_CONCENTRATION, drug), oldConcentration, PRESCRIPTION)));
            steps.add(step(
                    DOSE_WHILE_OLD_SOLUTION_RUNS,
                    programmed.multiply(oldConcentration).to(intended.unit()),
                    term(T_PROGRAMMED_RATE, programmed, CALCULATED),
                    term(key(T_PREVIOUS_CONCENTRATION, drug), oldConcentration, PRESCRIPTION)));
            steps.add(step(
                    DAYS_FOR_OLD_SOLUTION_AT_NEW_RATE,
                    ReservoirArithmetic.daysToEmpty(volume, programmed),
                    term(T_OLD_SOLUTION_VOLUME, volume, CALCULATED),
                    term(T_PROGRAMMED_RATE, programmed, CALCULATED)));
            steps.add(step(
                    BRIDGE_DAYS,
                    ReservoirArithmetic.daysToEmpty(volume, previousRate),
                    term(T_OLD_SOLUTION_VOLUME, volume, CALCULATED),
                    term(T_PREVIOUS_RATE, previousRate, CALCULATED)));
        } else {
            notCalculated.add(new NotCalculated(NO_BRIDGE_BOLUS, Optional.empty(), Optional.of(needs)));
        }
        facts.add(new ConcentrationChange(
                drug,
                oldConcentration,
                newConcentration,
                intended,
                programmed,
                running,
                written,
                doseAtRunning,
                oldSolution,
                missing));
    }

    /** One volume of the fluid path (pump internal or catheter) in mL, when the prescription gives it. */
    private static Optional<Measure> fluidVolume(
            Prescription p,
            java.util.function.Function<Prescription.FluidPath, Optional<org.idds.cds.kernel.Quantity>> volume) {
        return p.fluidPath().flatMap(volume).map(q -> Amount.of(q).to("mL"));
    }

    private void priming(
            Prescription p,
            Optional<Measure> basalVolume,
            List<Step> steps,
            List<Object> facts,
            List<NotCalculated> notCalculated) {
        List<String> missing = new ArrayList<>();
        Optional<Measure> pump = fluidVolume(p, Prescription.FluidPath::pumpInternalVolume);
        Optional<Measure> catheter = fluidVolume(p, Prescription.FluidPath::catheterVolume);
        List<Step.Part> needs = new ArrayList<>();
        if (catheter.isEmpty()) {
            missing.add("fluidPath.catheterVolume");
            needs.add(new Step.Part(P_NEEDS_CATHETER_VOLUME));
        }
        if (pump.isEmpty()) {
            missing.add(PrimingBolus.PUMP_INTERNAL_VOLUME);
            needs.add(new Step.Part(P_NEEDS_PUMP_INTERNAL_VOLUME_IF_REPLACED));
        }
        Optional<Measure> volume = catheter.map(c -> pump.map(c::add).orElse(c));
        Optional<Measure> days = Optional.empty();
        if (volume.isPresent()) {
            steps.add(step(
                    PRIMING_VOLUME,
                    pump.isPresent() ? PRIMING_VOLUME : PRIMING_VOLUME_CATHETER_ONLY,
                    volume.get(),
                    pump.isPresent()
                            ? new Step.Term[] {
                                term(T_PUMP_INTERNAL_VOLUME, pump.get(), PRESCRIPTION),
                                term(T_CATHETER_VOLUME, catheter.get(), PRESCRIPTION)
                            }
                            : new Step.Term[] {term(T_CATHETER_VOLUME, catheter.get(), PRESCRIPTION)}));
            if (basalVolume.isPresent() && basalVolume.get().value().signum() > 0) {
                Measure d = volume.get().divide(basalVolume.get()).to("d");
                days = Optional.of(d);
                steps.add(step(
                        PRIMING_HOURS,
                        d.to("h"),
                        term(T_VOLUME_TO_PRIME, volume.get(), CALCULATED),
                        term(T_BASAL_VOLUME, basalVolume.get(), CALCULATED)));
            }
        } else {
            notCalculated.add(new NotCalculated(NO_PRIMING_BOLUS, Optional.empty(), Optional.of(needs)));
        }
        facts.add(new PrimingBolus(volume, days, missing));
    }

    private Optional<Parameter> parameter(String key) {
        return parameters.stream().filter(x -> x.key().equals(key) && x.isSet()).findFirst();
    }
}
