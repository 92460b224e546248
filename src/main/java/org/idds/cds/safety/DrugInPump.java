package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.units.Measure;

/**
 * One drug of the pump's reservoir at a post-implant event, for rules that compare it with a limit: its concentration
 * and, when the programmed volume a day is known, the daily dose that volume delivers (derived, shown as such). The
 * limits are the rule's parameters (ruleset data); this fact only compares.
 */
public record DrugInPump(String drug, Quantity concentration, Optional<Measure> dailyDose) implements BasisFact {

    /** Each drug of the pump, with its daily dose from the programmed volume a day where known. */
    public static List<DrugInPump> of(PumpAtEvent pump) {
        List<DrugInPump> drugs = new ArrayList<>();
        for (PumpAtEvent.Content c : pump.contents()) {
            Optional<Measure> dose = pump.dailyVolume()
                    .map(v -> v.multiply(Measure.of(
                                    c.concentration().value(),
                                    c.concentration().unit().ucum()))
                            .to(doseUnit(c.concentration().unit()).ucum()));
            drugs.add(new DrugInPump(c.drug(), c.concentration(), dose));
        }
        return List.copyOf(drugs);
    }

    /** Whether the concentration is above {@code limit} (a set parameter in a concentration unit). */
    public boolean concentrationAbove(Parameter limit) {
        return Measure.of(concentration.value(), concentration.unit().ucum())
                        .compareQuantity(Measure.of(limit.value(), limit.unit().ucum()))
                > 0;
    }

    /** Whether the daily dose is known and above {@code limit} (a set parameter in a dose-a-day unit). */
    public boolean dailyDoseAbove(Parameter limit) {
        return dailyDose
                .map(d ->
                        d.compareQuantity(Measure.of(limit.value(), limit.unit().ucum())) > 0)
                .orElse(false);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(BasisItem.of(() -> "pump.contents[" + drug + "].concentration", concentration));
        dailyDose.ifPresent(d -> basis.add(BasisItem.derived(
                "pump.dailyDose[" + drug + "]", PumpAtEvent.quantity(d, doseUnit(concentration.unit())))));
        return basis;
    }

    private static Unit doseUnit(Unit concentrationUnit) {
        return concentrationUnit == Unit.MG_PER_ML ? Unit.MG_PER_DAY : Unit.UG_PER_DAY;
    }
}
