package org.idds.cds.domain.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.domain.Citation;
import org.idds.cds.domain.Quantity;
import org.idds.cds.domain.Route;
import org.idds.cds.domain.Verification;

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
