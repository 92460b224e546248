package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;

/**
 * Oral morphine equivalent: OME (mg/d) = daily dose expressed in {@code per} x {@code factor}. The {@code label}
 * names the practice the factor comes from where cited sources disagree (for example "ANZCA FPM 2021" and "UK
 * palliative practice"); the factor is for computing a load, never for converting an OME back into a dose.
 */
public record OmeConversion(
        Unit per, BigDecimal factor, Verification verification, List<Citation> citations, Optional<String> label) {

    public OmeConversion(Unit per, BigDecimal factor, Verification verification, List<Citation> citations) {
        this(per, factor, verification, citations, Optional.empty());
    }
}
