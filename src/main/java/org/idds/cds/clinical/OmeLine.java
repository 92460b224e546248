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
 * catalogue's generic name. The {@code calculation} text shows the arithmetic for the MDT. Where cited sources
 * disagree on the factor, the line carries both: {@code factorLabel} names the first, {@code alternative} holds the
 * other with its own result.
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
        Optional<String> factorLabel,
        Optional<Alternative> alternative,
        Optional<String> enteredAs) {

    /** The other cited factor for this drug and route, and the OME it gives. */
    public record Alternative(
            String label, BigDecimal factor, Quantity ome, Verification verification, List<Citation> citations) {}

    public OmeLine {
        factorCitations = List.copyOf(factorCitations);
    }

    /**
     * The key of the governed figure the line's factor is ({@code ome-factor.<drug>.<route>}, resolving in the
     * ruleset's figure catalogue with its description and citations), when the line has a factor.
     */
    public Optional<String> factorFigure() {
        return factor.map(f -> "ome-factor." + drug + "." + route.code());
    }

    /** The key of the governed figure the alternative factor is ({@code ome-factor.<drug>.<route>.alternative}). */
    public Optional<String> alternativeFigure() {
        return alternative.map(a -> "ome-factor." + drug + "." + route.code() + ".alternative");
    }

    public OmeLine(
            String drug,
            Route route,
            Optional<Quantity> dailyDose,
            Optional<BigDecimal> factor,
            Optional<Quantity> ome,
            Optional<Verification> factorVerification,
            List<Citation> factorCitations,
            String calculation) {
        this(
                drug,
                route,
                dailyDose,
                factor,
                ome,
                factorVerification,
                factorCitations,
                calculation,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
