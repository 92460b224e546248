package org.idds.cds.kernel.answer;

import java.util.Optional;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Verification;

/**
 * A governed figure a finding used, by key, with the value and unit it had and whether it was read in its cited
 * source. Its description and citations are ruleset text, served under the ruleset hash by key.
 */
public record FigureRef(String key, String value, Optional<String> unit, boolean verified) {

    public static FigureRef of(GovernedFigure figure) {
        return new FigureRef(
                figure.key(), figure.value(), figure.unit(), figure.verification() == Verification.VERIFIED);
    }
}
