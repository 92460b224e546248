package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Unit;

/**
 * A route a drug may be entered with, the dose units allowed for it, and its OME conversion when it has one. An
 * opioid route without a conversion (methadone, buprenorphine) makes the OME incomplete rather than guessed. Where
 * cited sources disagree on the factor, {@code alternativeOme} holds the other one: both are computed and shown. A
 * route may carry its own peri-implant hold (heparin IV and SC differ) and a plausibility ceiling on the daily dose.
 */
public record RouteEntry(
        Route route,
        List<Unit> doseUnits,
        Optional<OmeConversion> ome,
        Optional<OmeConversion> alternativeOme,
        Optional<HoldAdvice> hold,
        Optional<DoseCeiling> ceiling) {

    public RouteEntry(Route route, List<Unit> doseUnits, Optional<OmeConversion> ome) {
        this(route, doseUnits, ome, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
