package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;

/**
 * The same drug at a different concentration from the previous reservoir: the intended daily dose, the rate that
 * delivers it at the new concentration ({@code programmedRate}), the rate the pump would run ({@code runningRate}:
 * written in the prescription, or carried over from the previous prescription in a continuation) with the dose it
 * would deliver, and the old solution still in the pump and catheter ({@code oldSolutionVolume}, empty with
 * {@code missing} naming what was not given). Since ruleset 2026.12.3 DOS-DX-004 compares in DRL the running rate's
 * deviation from the rate that delivers the intended dose ({@link #runningRateDeviation}) with the running rate's own
 * precision ({@link #runningRatePrecision}); {@link #isRateMismatch()} is kept for the archived rulesets' DRL.
 */
public record ConcentrationChange(
        String drug,
        Measure previousConcentration,
        Measure newConcentration,
        Measure intendedDaily,
        Measure programmedRate,
        Optional<Measure> runningRate,
        boolean runningRateWritten,
        Optional<Measure> doseAtRunningRate,
        Optional<Measure> oldSolutionVolume,
        List<String> missing)
        implements BasisFact {

    public ConcentrationChange {
        missing = List.copyOf(missing);
    }

    /** The rate the pump would run is known (written, or carried over from the previous prescription). */
    public boolean isRunningRateKnown() {
        return runningRate.isPresent();
    }

    /**
     * How far the rate the pump would run is from the rate that delivers the intended dose at the new concentration,
     * in the running rate's unit (only when known): as decimals for a written rate, exactly for a rate carried over.
     */
    public java.math.BigDecimal runningRateDeviation() {
        Measure running = runningRate.orElseThrow(() -> new IllegalStateException("no running rate to compare"));
        if (!runningRateWritten) {
            return running.subtract(programmedRate.to(running.unit()))
                    .toBigDecimal(java.math.MathContext.DECIMAL64)
                    .abs();
        }
        java.math.BigDecimal wanted = programmedRate.to(running.unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
        return running.toBigDecimal().subtract(wanted).abs();
    }

    /**
     * The running rate's own precision, in its unit: half a unit of its last decimal for a written rate, none (0) for
     * a rate carried over, which must match exactly (only when known).
     */
    public java.math.BigDecimal runningRatePrecision() {
        Measure running = runningRate.orElseThrow(() -> new IllegalStateException("no running rate to compare"));
        if (!runningRateWritten) {
            return java.math.BigDecimal.ZERO;
        }
        java.math.BigDecimal stated = running.toBigDecimal();
        return java.math.BigDecimal.ONE
                .movePointLeft(Math.max(stated.scale(), 0) + 1)
                .multiply(java.math.BigDecimal.valueOf(5));
    }

    /**
     * The rate the pump would run delivers a different daily dose from the one intended: beyond the written rate's own
     * precision (half a unit of its last decimal) for a written rate, exactly for a rate carried over. Kept for the
     * archived rulesets' DRL (DOS-DX-004 there); the bundled DRL compares {@link #runningRateDeviation} with
     * {@link #runningRatePrecision}.
     */
    public boolean isRateMismatch() {
        if (runningRate.isEmpty()) {
            return false;
        }
        Measure running = runningRate.get();
        if (!runningRateWritten) {
            return running.compareQuantity(programmedRate) != 0;
        }
        java.math.BigDecimal stated = running.toBigDecimal();
        java.math.BigDecimal wanted = programmedRate.to(running.unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
        java.math.BigDecimal halfUlp = java.math.BigDecimal.ONE
                .movePointLeft(Math.max(stated.scale(), 0) + 1)
                .multiply(java.math.BigDecimal.valueOf(5));
        return stated.subtract(wanted).abs().compareTo(halfUlp) > 0;
    }

    public boolean isOldSolutionVolumeKnown() {
        return oldSolutionVolume.isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(Amount.basisItem("previous.contents[" + drug + "].concentration", previousConcentration));
        basis.add(Amount.basisItem("contents[" + drug + "].concentration", newConcentration));
        basis.add(Amount.basisItem("derived." + drug + ".intendedDailyDose", intendedDaily));
        basis.add(Amount.basisItem("derived.concentrationChange.programmedRate", programmedRate));
        runningRate.ifPresent(r -> basis.add(Amount.basisItem(
                runningRateWritten ? "basalVolume" : "derived.concentrationChange.rateCarriedOverFromPrevious", r)));
        doseAtRunningRate.ifPresent(
                d -> basis.add(Amount.basisItem("derived.concentrationChange.doseAtRunningRate", d)));
        oldSolutionVolume.ifPresent(
                v -> basis.add(Amount.basisItem("derived.concentrationChange.oldSolutionVolume", v)));
        missing.forEach(m -> basis.add(new BasisItem(m, BasisItem.NOT_GIVEN, Optional.empty())));
        return basis;
    }
}
