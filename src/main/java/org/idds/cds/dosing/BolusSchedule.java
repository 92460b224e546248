package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * The patient-bolus schedule: the lockout between boluses times the most boluses a day, against the 24 hours of a
 * day. Longer than a day, the schedule is impossible: the pump cannot give that many boluses that far apart in a day.
 */
public record BolusSchedule(Measure lockout, int maxPerDay) implements BasisFact {

    /** The time the most boluses a day take when each waits out the lockout. */
    public Measure lockoutTimesMaxPerDay() {
        return lockout.multiply(Ratio.of(maxPerDay)).to("h");
    }

    /** Lockout x most a day, in hours, for the rules' comparison with {@link #hoursInADay()}. */
    public java.math.BigDecimal lockoutTimesMaxPerDayHours() {
        return lockoutTimesMaxPerDay().to("h").toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** The hours of a day (24), in the unit of {@link #lockoutTimesMaxPerDayHours()}: a unit fact, not a figure. */
    public java.math.BigDecimal hoursInADay() {
        return Measure.of(1, "d").to("h").toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /**
     * Lockout x most a day is longer than a day (24 h): the schedule cannot be delivered as written. Kept for the
     * archived rulesets' DRL (DOS-DV-008 there); the bundled DRL compares {@link #lockoutTimesMaxPerDayHours} with
     * {@link #hoursInADay}.
     */
    public boolean isLongerThanADay() {
        return lockoutTimesMaxPerDay().compareQuantity(Measure.of(1, "d")) > 0;
    }

    @Override
    public List<BasisItem> basis() {
        Measure total = lockoutTimesMaxPerDay();
        return List.of(
                Amount.basisItem("bolus.lockout", lockout),
                new BasisItem("bolus.maxPerDay", String.valueOf(maxPerDay), Optional.empty()),
                Amount.basisItem("derived.bolus.lockoutTimesMaxPerDay", total));
    }
}
