package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.Optional;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;

/**
 * A current systemic medication, validated against the drug catalogue at the boundary. {@code drug} is the
 * catalogue's generic name, {@code enteredAs} what the clinician typed (a brand, a synonym, another case). A dose in a
 * rate unit (mg/d, ug/h) stands alone; a dose in a mass unit (mg, ug) comes with the number of doses taken per day; a
 * dose may be unknown. {@code doseConfirmed} records that the clinician confirmed a dose above the plausibility
 * ceiling.
 */
public record Medication(
        String drug,
        Route route,
        Optional<Quantity> dose,
        Optional<BigDecimal> dosesPerDay,
        String enteredAs,
        boolean doseConfirmed) {

    public Medication(String drug, Route route, Optional<Quantity> dose, Optional<BigDecimal> dosesPerDay) {
        this(drug, route, dose, dosesPerDay, drug, false);
    }

    /** The name as typed, when it differs from the catalogue's generic name. */
    public Optional<String> enteredOtherwise() {
        return enteredAs == null || enteredAs.equals(drug) ? Optional.empty() : Optional.of(enteredAs);
    }

    /** The daily dose, when known: a rate as given, or a dose per administration times doses a day. */
    public Optional<Quantity> dailyDose() {
        if (dose.isEmpty()) {
            return Optional.empty();
        }
        Quantity d = dose.orElseThrow();
        if (d.unit().dimension() == Dimension.MASS_PER_TIME) {
            return Optional.of(d);
        }
        if (dosesPerDay.isEmpty()) {
            return Optional.empty();
        }
        Quantity inMg = d.to(Unit.MG);
        return Optional.of(new Quantity(inMg.value().multiply(dosesPerDay.orElseThrow()), Unit.MG_PER_DAY));
    }
}
