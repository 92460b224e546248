package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * A dose increase and the days since the previous change (from {@code previous.startedOn} to the date this
 * prescription starts), empty when either date is not given: for the site's window over which steps add up.
 */
public record StepInterval(String drug, Optional<Long> daysSincePrevious) implements BasisFact {

    public boolean isKnown() {
        return daysSincePrevious.isPresent();
    }

    /**
     * The days since the previous change; rules match {@code known == true} with it (0 for an unknown interval, never
     * read as a number of days).
     */
    public BigDecimal days() {
        return BigDecimal.valueOf(daysSincePrevious.orElse(0L));
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(daysSincePrevious
                .map(d -> new BasisItem("derived.daysSincePreviousChange", String.valueOf(d), Optional.of("d")))
                .orElse(new BasisItem("derived.daysSincePreviousChange", "not known", Optional.empty())));
    }
}
