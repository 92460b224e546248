package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.ruleset.OmeLineView;

/**
 * The oral morphine equivalent of the systemic regimen alongside the intrathecal prescription, shown as context only:
 * an OME is never converted into an intrathecal dose (CDC warns against using MME to set a new opioid's dose, and
 * PACC keeps intrathecal starting doses low whatever the systemic dose). That note is ruleset text ({@code
 * systemicOpioids.note} of dosing's outcomes file), added by the full view. Each opioid's line is keys and values
 * only, as a candidacy's opioid load shows it ({@link OmeLineView}); the full view writes each line's calculation.
 */
public record SystemicContext(
        BigDecimal totalOralMorphineEquivalent,
        String unit,
        Optional<BigDecimal> alternativeTotal,
        boolean complete,
        List<OmeLineView> lines) {

    public static SystemicContext of(OpioidLoad load) {
        return new SystemicContext(
                load.totalOme().rounded(),
                load.totalOme().unit().ucum(),
                load.alternativeTotalOme().value().compareTo(load.totalOme().value()) == 0
                        ? Optional.empty()
                        : Optional.of(load.alternativeTotalOme().rounded()),
                load.complete(),
                load.lines().stream().map(OmeLineView::of).toList());
    }
}
