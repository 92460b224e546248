package org.idds.cds.safety;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.units.Measure;

/**
 * An opioid's daily dose now against a year before: the rise as a fraction of the dose then ({@code 0.5} is a rise
 * by half; a fall is negative), derived and shown as such.
 */
public record YearlyEscalation(String drug, Quantity doseAYearAgo, Quantity rise) implements BasisFact {

    static YearlyEscalation of(TherapyHistory.DoseAYearAgo then, Measure now) {
        BigDecimal ratio = PumpAtEvent.quantity(now, then.dailyDose().unit())
                .value()
                .divide(then.dailyDose().value(), 3, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE);
        return new YearlyEscalation(then.drug(), then.dailyDose(), Quantity.of(ratio, Unit.ONE));
    }

    /** Whether the rise is above {@code limit} (a set parameter, a fraction). */
    public boolean above(Parameter limit) {
        return rise.value().compareTo(limit.value()) > 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(() -> "therapy.dailyDoseAYearAgo[" + drug + "]", doseAYearAgo),
                BasisItem.derived("therapy.yearlyEscalation[" + drug + "]", rise));
    }
}
