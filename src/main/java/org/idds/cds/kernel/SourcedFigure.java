package org.idds.cds.kernel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.units.Measure;

/**
 * A figure as a governed knowledge file gives it (a device model's reservoir volume, a trial protocol's observation
 * time): an exact decimal in a UCUM unit, whether it was read in a cited source, an optional note, and its sources.
 */
public interface SourcedFigure {

    BigDecimal value();

    String unit();

    Verification verification();

    Optional<String> note();

    List<Citation> citations();

    /** The figure as an exact quantity, for the arithmetic and to compare two figures. */
    default Measure measure() {
        return Measure.of(value(), unit());
    }
}
