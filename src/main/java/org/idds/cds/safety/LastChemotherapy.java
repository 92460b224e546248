package org.idds.cds.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The day of the last chemotherapy dose before the procedure: the days from it to the procedure day are shown, so the
 * implant is timed with oncology against the cycle (no nadir or recovery interval is encoded: none was read).
 */
public record LastChemotherapy(LocalDate on, OffsetDateTime procedureAt) implements BasisFact {

    public long daysBeforeProcedure() {
        return ChronoUnit.DAYS.between(on, procedureAt.toLocalDate());
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                new BasisItem("infection.lastChemotherapyOn", on.toString(), Optional.empty()),
                new BasisItem(
                        "infection.lastChemotherapyOn.daysBeforeProcedure",
                        Long.toString(daysBeforeProcedure()),
                        Optional.of("d")));
    }
}
