package org.idds.cds.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;

/**
 * A coronary stent: its type and the date it was placed; {@link #ageIn} is its age at the planned procedure (from the
 * start of the day it was placed, in the procedure's offset) in the unit of the window it meets.
 */
public record CoronaryStent(StentType type, LocalDate placedOn, OffsetDateTime procedureAt) implements BasisFact {

    public BigDecimal ageIn(Parameter window) {
        ZoneOffset offset = procedureAt.getOffset();
        return Durations.between(placedOn.atStartOfDay().toInstant(offset), procedureAt.toInstant(), window);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                new BasisItem("thromboticRisk.coronaryStent.type", type.name(), Optional.empty()),
                new BasisItem("thromboticRisk.coronaryStent.placedOn", placedOn.toString(), Optional.empty()));
    }
}
