package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;

/**
 * A current systemic medication, validated against the drug catalogue at the boundary. A dose in a rate unit
 * (mg/d, ug/h) stands alone; a dose in a mass unit (mg, ug) comes with the number of doses taken per day.
 */
public record Medication(String drug, Route route, Optional<Quantity> dose, Optional<BigDecimal> dosesPerDay) {}
