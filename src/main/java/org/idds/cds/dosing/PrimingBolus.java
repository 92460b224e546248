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
 * given.
 */
public record PrimingBolus(Optional<Measure> volume, Optional<Measure> daysAtBasalRate, List<String> missing)
        implements BasisFact {

    public PrimingBolus {
        missing = List.copyOf(missing);
    }

    public boolean isCalculated() {
        return volume.isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        volume.ifPresent(v -> basis.add(
                new BasisItem("derived.primingBolus.volume", Amount.shown(v).toPlainString(), Optional.of(v.unit()))));
        daysAtBasalRate.ifPresent(d -> basis.add(new BasisItem(
                "derived.primingBolus.hoursAtBasalRateAlone",
                Amount.shown(d.to("h")).toPlainString(),
                Optional.of("h"))));
        missing.forEach(m -> basis.add(new BasisItem("missing", m, Optional.empty())));
        return basis;
    }
}
