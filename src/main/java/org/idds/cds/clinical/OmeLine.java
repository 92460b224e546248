package org.idds.cds.clinical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Verification;

/**
 * One line of the OME calculation: the daily dose, the factor and the result, or why no factor applies. The
 * {@code calculation} text shows the arithmetic for the MDT.
 */
public record OmeLine(
        String drug,
        Route route,
        Quantity dailyDose,
        Optional<BigDecimal> factor,
        Optional<Quantity> ome,
        Optional<Verification> factorVerification,
        List<Citation> factorCitations,
        String calculation) {}
