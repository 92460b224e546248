package org.idds.cds.clinical.trial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.units.Measure;

/**
 * One figure of a trial protocol (a bolus dose, an observation time, a relief percentage): an exact decimal in a UCUM
 * unit, whether it was read in a cited source, an optional note, and its sources (at least one).
 */
public record TrialFigure(
        BigDecimal value, String unit, Verification verification, Optional<String> note, List<Citation> citations) {

    public TrialFigure {
        citations = List.copyOf(citations);
    }

    /** The figure as an exact quantity (to compare two observation times). */
    public Measure measure() {
        return Measure.of(value, unit);
    }
}
