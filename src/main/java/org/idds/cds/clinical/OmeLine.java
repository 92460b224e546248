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
 *
 * <p>In an answer the line carries no wording: {@code text} names the template of selection's outcomes file
 * ({@code omeLines.lines}) that writes the calculation from the line's values ({@link #TEXT_VARIABLES}); the labels
 * of the factors are their governed figures' ({@code ome-factor.<drug>.<route>[.alternative]}). The values the text
 * shows besides the result: the dose per administration and doses a day (when the dose is not a rate), the daily dose
 * in the factor's unit (when it differs), the plausibility ceiling (when the dose is above it) and whether the
 * clinician confirmed a dose above it.
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
        Optional<String> enteredAs,
        String text,
        Optional<Quantity> dosePerAdministration,
        Optional<BigDecimal> dosesPerDay,
        Optional<Quantity> dailyDoseInFactorUnit,
        Optional<Quantity> ceiling,
        boolean doseAboveCeilingConfirmed) {

    /** A converted dose, one cited factor. */
    public static final String COUNTED = "counted";
    /** A converted dose, two cited factors that disagree: both shown. */
    public static final String COUNTED_SOURCES_DISAGREE = "counted.sourcesDisagree";
    /** Not counted: the dose is unknown. */
    public static final String DOSE_UNKNOWN = "notCounted.doseUnknown";
    /** Not counted: a neuraxial dose. */
    public static final String NEURAXIAL = "notCounted.neuraxial";
    /** Not counted: above the plausibility ceiling and not confirmed. */
    public static final String ABOVE_CEILING = "notCounted.aboveCeiling";
    /** Not counted: no governed conversion for the drug and route. */
    public static final String NO_CONVERSION = "notCounted.noConversion";

    /** Every text key a line can name; selection's outcomes file must hold a template for each. */
    public static final List<String> TEXTS =
            List.of(COUNTED, COUNTED_SOURCES_DISAGREE, DOSE_UNKNOWN, NEURAXIAL, ABOVE_CEILING, NO_CONVERSION);

    /**
     * The variables a line's template may use: the line's values (quantities as "value unit"), its alternative's
     * prefixed {@code alternative}, the labels and verifications of the governed figures of its factors.
     */
    public static final List<String> TEXT_VARIABLES = List.of(
            "drug",
            "route",
            "enteredAs",
            "dose",
            "dosesPerDay",
            "dailyDose",
            "dailyDoseInFactorUnit",
            "factor",
            "factorLabel",
            "factorVerification",
            "oralMorphineEquivalent",
            "ceiling",
            "doseAboveCeilingConfirmed",
            "alternativeFactor",
            "alternativeLabel",
            "alternativeVerification",
            "alternativeOralMorphineEquivalent");

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
}
