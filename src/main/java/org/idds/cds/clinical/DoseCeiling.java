package org.idds.cds.clinical;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * A plausibility ceiling on the daily dose of a drug by a route: set well above the highest doses used in refractory
 * cancer pain, so a dose above it is most likely a unit error (ug entered as mg). {@code why} says how the figure was
 * chosen; it is not a clinical maximum.
 */
public record DoseCeiling(Quantity dailyDose, String why, Verification verification, List<Citation> citations) {

    public DoseCeiling {
        citations = List.copyOf(citations);
    }

    /** Whether a daily dose (a mass-per-time quantity) is above this ceiling, compared exactly in UCUM. */
    public boolean exceededBy(Quantity daily) {
        return daily.to(dailyDose.unit()).value().compareTo(dailyDose.value()) > 0;
    }
}
