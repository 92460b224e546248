package org.idds.cds.selection.patient;

import java.math.BigDecimal;
import java.util.Optional;
import org.idds.cds.kernel.NotGiven;
import org.idds.cds.kernel.Quantity;

/**
 * Pre-procedure laboratory results as reported, in their reporting units (platelets 10*9/L, aPTT s, creatinine
 * clearance mL/min); an aPTT comes with the reporting laboratory's upper reference limit, an INR (a standardised
 * ratio) with it or without it. Empty means not given.
 */
public record Labs(
        Optional<Quantity> plateletCount,
        Optional<BigDecimal> inr,
        Optional<BigDecimal> inrUpperReferenceLimit,
        Optional<Quantity> aptt,
        Optional<Quantity> apttUpperReferenceLimit,
        Optional<Quantity> creatinineClearance) {

    public static Labs unknown() {
        return NotGiven.all(Labs.class);
    }
}
