package org.idds.cds.device;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.SourcedFigure;
import org.idds.cds.kernel.Verification;

/**
 * One figure of a device model (a reservoir volume, an alarm default, a flow-rate limit): an exact decimal in a UCUM
 * unit, whether it was read in a cited source, an optional note, and the sources.
 */
public record DeviceFigure(
        BigDecimal value, String unit, Verification verification, Optional<String> note, List<Citation> citations)
        implements SourcedFigure {

    public DeviceFigure {
        citations = List.copyOf(citations);
    }
}
