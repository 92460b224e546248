package org.idds.cds.selection.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.selection.InputField;

/**
 * The clinician's estimate of life expectancy (the lower bound when a range was given). Bands are compared in whole
 * days: the estimate and the band edge are each converted exactly to days (UCUM: 1 wk = 7 d, 1 mo = 30.4375 d,
 * 1 a = 365.25 d) and rounded to the nearest whole day, since a prognosis is never estimated finer than a day. So
 * 3 mo, 13 wk and 91 d are the same estimate and land in the same band, whichever unit was typed.
 */
public record LifeExpectancy(Quantity estimate) implements BasisFact {

    /** Kept for DRL written before bands were compared in days (the archived 2026.11.0 ruleset). */
    public BigDecimal months() {
        return estimate.to(Unit.MONTH).value();
    }

    /** The estimate in whole days. */
    public BigDecimal wholeDays() {
        return wholeDays(estimate);
    }

    /** Strictly longer than the band edge ({@code >}). */
    public boolean longerThan(Parameter edge) {
        return wholeDays().compareTo(wholeDays(edge.quantity())) > 0;
    }

    /** Strictly shorter than the band edge ({@code <}). */
    public boolean shorterThan(Parameter edge) {
        return wholeDays().compareTo(wholeDays(edge.quantity())) < 0;
    }

    static BigDecimal wholeDays(Quantity duration) {
        return duration.to(Unit.DAY).value().setScale(0, RoundingMode.HALF_UP);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(InputField.LIFE_EXPECTANCY, estimate));
    }
}
