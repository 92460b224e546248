package org.idds.cds.safety;

import java.time.LocalDate;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.units.Measure;

/** Whole months from the start of intrathecal therapy to the event (derived, shown as such). */
public record TimeOnTherapy(LocalDate startedOn, Quantity months) implements BasisFact {

    /** Whether the time on therapy is at least {@code limit} (a set parameter in months). */
    public boolean atLeast(Parameter limit) {
        return Measure.of(months.value(), months.unit().ucum())
                        .compareQuantity(Measure.of(limit.value(), limit.unit().ucum()))
                >= 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(() -> "therapy.startedOn", startedOn), BasisItem.derived("therapy.months", months));
    }
}
