package org.idds.cds.dosing;

import static org.idds.cds.dosing.DosingCalculator.step;
import static org.idds.cds.dosing.DosingCalculator.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        String source = "drug library hydromorphone.intrathecalMorphineRatio";
        boolean toHydromorphone = from.equals(MORPHINE) && to.equals(HYDROMORPHONE);
        boolean toMorphine = from.equals(HYDROMORPHONE) && to.equals(MORPHINE);
        if (ratio.isPresent() && (toHydromorphone || toMorphine)) {
            // the end of the cited range that gives the lower new dose: divide by the highest, multiply by the lowest
            java.math.BigDecimal r =
                    toHydromorphone ? ratio.get().high() : ratio.get().low();
            String op = toHydromorphone ? "/" : "x";
            String end = toHydromorphone ? "highest" : "lowest";
            Measure eq =
                    (toHydromorphone ? previous.divide(Ratio.of(r)) : previous.multiply(Ratio.of(r))).to(now.unit());
            equivalent = Optional.of(eq);
            used = Optional.of("previous " + from + " " + op + " " + r.toPlainString() + " (the " + end
                    + " cited morphine : hydromorphone ratio gives the lower " + to + " dose)");
            steps.add(step(
                    "drugChange.equivalent",
                    Character.toUpperCase(to.charAt(0)) + to.substring(1) + " a day equivalent to the previous " + from
                            + ", at the end of the cited range that gives the lower dose",
                    "previous " + from + " daily dose " + op + " " + end + " cited morphine : hydromorphone ratio",
                    eq,
                    term("previous " + from + " daily dose", previous, "prescription"),
                    term("morphine : hydromorphone", Measure.of(r, "1"), source)));
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
        Measure programmed = intended.divide(newConcentration).to("mL/d");
        steps.add(step(
                "concentrationChange.programmedRate",
                "Rate to program so that the new concentration delivers the intended daily dose of " + drug,
                "intended daily dose / new concentration",
                programmed,
                term("intended daily dose of " + drug, intended, "prescription"),
                term("new concentration of " + drug, newConcentration, "prescription")));
        Measure previousDose = Amount.of(prev.basalDailyDose());
        Measure previousRate = previousDose.divide(oldConcentration).to("mL/d");
        boolean written = writtenRate.isPresent();
        boolean carriedOver = !written && p.context() == PrescriptionContext.CONTINUATION;
        Optional<Measure> running = carriedOver ? Optional.of(previousRate) : writtenRate;
        if (carriedOver) {
            steps.add(step(
                    "concentrationChange.carriedOverRate",
                    "Rate carried over from the previous prescription (a continuation does not reprogram the pump)",
                    "previous daily dose / previous concentration",
                    previousRate,
                    term("previous daily dose of " + drug, previousDose, "prescription"),
                    term("previous concentration of " + drug, oldConcentration, "prescription")));
        }
        Optional<Measure> doseAtRunning =
                running.map(r -> r.multiply(newConcentration).to(intended.unit()));
        doseAtRunning.ifPresent(d -> steps.add(step(
                "concentrationChange.doseAtRunningRate",
                "Daily dose of " + drug + " the pump would deliver at that rate with the new concentration",
                "rate x new concentration",
                d,
                term("rate", running.get(), written ? "prescription" : "carried over"),
                term("new concentration of " + drug, newConcentration, "prescription"))));

        // the old solution still in the pump and catheter runs at the new rate until the new solution reaches the tip
        List<String> missing = new ArrayList<>();
        Optional<Measure> pump = fluidVolume(p, Prescription.FluidPath::pumpInternalVolume);
        Optional<Measure> catheter = fluidVolume(p, Prescription.FluidPath::catheterVolume);
        if (pump.isEmpty()) {
            missing.add("fluidPath.pumpInternalVolume");
        }
        if (catheter.isEmpty()) {
            missing.add("fluidPath.catheterVolume");
        }
        Optional<Measure> oldSolution = Optional.empty();
        if (missing.isEmpty()) {
            Measure volume = pump.get().add(catheter.get());
            oldSolution = Optional.of(volume);
            steps.add(step(
                    "concentrationChange.oldSolutionVolume",
                    "Old solution still in the pump and catheter (the bridge bolus volume)",
                    "pump internal volume + catheter volume",
                    volume,
                    term("pump internal volume", pump.get(), "prescription"),
                    term("catheter volume", catheter.get(), "prescription")));
            steps.add(step(
                    "concentrationChange.oldSolutionDrug",
                    "Drug in the old solution (delivered before any of the new solution)",
                    "old solution volume x previous concentration",
                    DosingCalculator.doseIn(volume, oldConcentration),
                    term("old solution volume", volume, "calculated"),
                    term("previous concentration of " + drug, oldConcentration, "prescription")));
            steps.add(step(
                    "concentrationChange.doseWhileOldSolutionRuns",
                    "Daily dose while the old solution runs at the new programmed rate",
                    "programmed rate x previous concentration",
                    programmed.multiply(oldConcentration).to(intended.unit()),
                    term("programmed rate", programmed, "calculated"),
                    term("previous concentration of " + drug, oldConcentration, "prescription")));
            steps.add(step(
                    "concentrationChange.daysForOldSolutionAtNewRate",
                    "Days until the new solution reaches the catheter tip at the new programmed rate",
                    "old solution volume / programmed rate",
                    volume.divide(programmed).to("d"),
                    term("old solution volume", volume, "calculated"),
                    term("programmed rate", programmed, "calculated")));
            steps.add(step(
                    "concentrationChange.bridgeDays",
                    "Days to deliver the old solution at the previous rate (a bridge keeps the previous dose until the "
                            + "new solution reaches the catheter tip)",
                    "old solution volume / previous rate",
                    volume.divide(previousRate).to("d"),
                    term("old solution volume", volume, "calculated"),
                    term("previous rate", previousRate, "calculated")));
        } else {
            notCalculated.add(new NotCalculated(
                    "bridgeBolus",
                    "The bridge: the old solution still in the pump and catheter, which runs at the new rate",
                    "needs " + String.join(" and ", missing) + " (no source read gives them; they are never assumed)"));
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
        if (catheter.isEmpty()) {
            missing.add("fluidPath.catheterVolume");
        }
        if (pump.isEmpty()) {
            missing.add("fluidPath.pumpInternalVolume (needed when the pump was replaced or emptied)");
        }
        Optional<Measure> volume = catheter.map(c -> pump.map(c::add).orElse(c));
        Optional<Measure> days = Optional.empty();
        if (volume.isPresent()) {
            steps.add(step(
                    "primingBolus.volume",
                    "Volume to prime before drug reaches the catheter tip"
                            + (pump.isEmpty() ? " (the catheter only: the pump's internal volume was not given)" : ""),
                    pump.isPresent() ? "pump internal volume + catheter volume" : "catheter volume",
                    volume.get(),
                    pump.isPresent()
                            ? new Step.Term[] {
                                term("pump internal volume", pump.get(), "prescription"),
                                term("catheter volume", catheter.get(), "prescription")
                            }
                            : new Step.Term[] {term("catheter volume", catheter.get(), "prescription")}));
            if (basalVolume.isPresent() && basalVolume.get().value().signum() > 0) {
                Measure d = volume.get().divide(basalVolume.get()).to("d");
                days = Optional.of(d);
                steps.add(step(
                        "primingBolus.hoursAtBasalRate",
                        "Hours the basal rate alone would take to bring drug to the catheter tip (no therapy meanwhile)",
                        "volume to prime / basal volume a day",
                        d.to("h"),
                        term("volume to prime", volume.get(), "calculated"),
                        term("basal volume a day", basalVolume.get(), "calculated")));
            }
        } else {
            notCalculated.add(new NotCalculated(
                    "primingBolus",
                    "The priming bolus after the revision or replacement",
                    "needs " + String.join(" and ", missing) + " (no source read gives them; they are never assumed)"));
        }
        facts.add(new PrimingBolus(volume, days, missing));
    }

    private Optional<Parameter> parameter(String key) {
        return parameters.stream().filter(x -> x.key().equals(key) && x.isSet()).findFirst();
    }
}
