package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;

/**
 * After a catheter or pump revision or replacement: the volume of the fluid path to prime before drug reaches the
 * catheter tip, and how long the basal rate alone would take to fill it; empty with {@code missing} naming what was not
 * given (input paths).
 */
public record PrimingBolus(Optional<Measure> volume, Optional<Measure> daysAtBasalRate, List<String> missing)
        implements BasisFact {

    static final String PUMP_INTERNAL_VOLUME = "fluidPath.pumpInternalVolume";

    public PrimingBolus {
        missing = List.copyOf(missing);
    }

    public boolean isCalculated() {
        return volume.isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        volume.ifPresent(v -> basis.add(Amount.basisItem("derived.primingBolus.volume", v)));
        daysAtBasalRate.ifPresent(d -> basis.add(new BasisItem(
                "derived.primingBolus.hoursAtBasalRateAlone",
                Amount.shown(d.to("h")).toPlainString(),
                Optional.of("h"))));
        missing.forEach(m -> {
            BasisItem notGiven = new BasisItem(m, BasisItem.NOT_GIVEN, Optional.empty());
            // the pump's own volume is primed only when the pump was replaced or emptied
            basis.add(
                    m.equals(PUMP_INTERNAL_VOLUME)
                            ? notGiven.withNote(CalculationTexts.N_NEEDED_IF_PUMP_REPLACED)
                            : notGiven);
        });
        return basis;
    }
}
