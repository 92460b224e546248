package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * One line of the OME calculation: the daily dose (absent when the dose is unknown), the factor and the result, or
 * why no factor applies or the dose is not counted; {@code enteredAs} is the name typed when it differs from the
 * catalogue's generic name. The {@code calculation} text shows the arithmetic for the MDT.
 */
public record OmeLine(
        String drug,
        Route route,
        Optional<Quantity> dailyDose,
        Optional<BigDecimal> factor,
        Optional<Quantity> ome,
        Optional<Verification> factorVerification,
        List<Citation> factorCitations,
        String calculation,
        Optional<String> enteredAs) {

    public OmeLine(
            String drug,
            Route route,
            Optional<Quantity> dailyDose,
            Optional<BigDecimal> factor,
            Optional<Quantity> ome,
            Optional<Verification> factorVerification,
            List<Citation> factorCitations,
            String calculation) {
        this(drug, route, dailyDose, factor, ome, factorVerification, factorCitations, calculation, Optional.empty());
    }
}
