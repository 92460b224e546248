package org.idds.cds.clinical.trial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.SourcedFigure;
import org.idds.cds.kernel.Verification;

/**
 * One figure of a trial protocol (a bolus dose, an observation time, a relief percentage): an exact decimal in a UCUM
 * unit, whether it was read in a cited source, an optional note, and its sources (at least one).
 */
public record TrialFigure(
        BigDecimal value, String unit, Verification verification, Optional<String> note, List<Citation> citations)
        implements SourcedFigure {

    public TrialFigure {
        citations = List.copyOf(citations);
    }
}
