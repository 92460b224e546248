package org.idds.cds.device;

import java.util.Optional;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * The arithmetic of a pump's reservoir, shared by the concerns that reason about it (dosing's refill dates, safety's
 * refill discrepancy): the volume a dose takes at a concentration, the days a fill lasts, the worst case of the pump's
 * flow accuracy and the volume expected to be left in the reservoir after some days. Exact ({@link Measure}: UCUM
 * units, nothing rounded); which figures go in (the prescription's, the device model's, the site's) and how the result
 * is shown is the caller's.
 */
public final class ReservoirArithmetic {

    private ReservoirArithmetic() {}

    /** The volume a day that delivers {@code dailyDose} at {@code concentration} (mg/d ÷ mg/mL is mL/d). */
    public static Measure dailyVolume(Measure dailyDose, Measure concentration) {
        return dailyDose.divide(concentration).to("mL/d");
    }

    /** The volume of one dose (a bolus) at {@code concentration}, in mL. */
    public static Measure doseVolume(Measure dose, Measure concentration) {
        return dose.divide(concentration).to("mL");
    }

    /**
     * The dose or volume a day when every allowed bolus is used: one bolus times the most a day, over a day (0.5 mL and
     * 4 a day is 2 mL/d), in {@code unit}.
     */
    public static Measure everyBolusADay(Measure bolus, int mostPerDay, String unit) {
        return bolus.multiply(Ratio.of(mostPerDay)).divide(Measure.of(1, "d")).to(unit);
    }

    /** The days a fill lasts until {@code left} remains (the alarm volume, a refill-by margin), in d. */
    public static Measure daysUntil(Measure fill, Measure left, Measure volumePerDay) {
        return fill.subtract(left).divide(volumePerDay).to("d");
    }

    /** The days a fill lasts until the reservoir is empty, in d. */
    public static Measure daysToEmpty(Measure fill, Measure volumePerDay) {
        return fill.divide(volumePerDay).to("d");
    }

    /**
     * The volume a day the pump delivers at the worst case of its flow accuracy ({@code accuracy} a fraction: 0.15 is
     * up to 15 % more than programmed).
     */
    public static Measure worstCaseVolume(Measure volumePerDay, Measure accuracy) {
        return volumePerDay.multiply(Ratio.ONE.add(accuracy.value()));
    }

    /**
     * The volume expected in the reservoir {@code elapsed} after a fill, at {@code volumePerDay}, in mL: the fill less
     * what was delivered, and never below 0 mL (the pump is then empty). This is the whole content; what can be
     * aspirated at a refill is less by the volume the model keeps ({@link #aspirableResidual}).
     */
    public static Measure expectedResidual(Measure fill, Measure volumePerDay, Measure elapsed) {
        Measure residual = fill.to("mL").subtract(volumePerDay.multiply(elapsed).to("mL"));
        return residual.value().compareTo(Ratio.ZERO) < 0 ? Measure.of(0, "mL") : residual;
    }

    /**
     * The residual a refill can aspirate: the expected residual ({@link #expectedResidual}) less the volume the model
     * keeps that cannot be withdrawn ({@link DeviceModel#nonAspirableVolume()}), never below 0 mL, in mL. Without
     * that figure (no source gives it) it is the whole expected residual. The answer shows its working: both inputs
     * (the kept volume as the device figure, with its verification and sources) and whether it was floored at 0 mL.
     */
    public static AspirableResidual aspirableResidual(Measure expectedResidual, Optional<DeviceFigure> nonAspirable) {
        Measure expected = expectedResidual.to("mL");
        if (nonAspirable.isEmpty()) {
            return new AspirableResidual(expected, nonAspirable, expected, false);
        }
        Measure left = expected.subtract(nonAspirable.get().measure().to("mL"));
        boolean floored = left.value().compareTo(Ratio.ZERO) < 0;
        return new AspirableResidual(expected, nonAspirable, floored ? Measure.of(0, "mL") : left, floored);
    }

    /**
     * The working of {@link #aspirableResidual}: the expected residual, the non-aspirable volume used (empty: none
     * recorded for the model, nothing subtracted), the aspirable residual in mL, and whether the subtraction went below
     * 0 mL and was floored there (the expected content is all in the volume that cannot be withdrawn).
     */
    public record AspirableResidual(
            Measure expectedResidual, Optional<DeviceFigure> nonAspirableVolume, Measure aspirable, boolean floored) {}
}
