package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.device.FigureRange;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.units.Measure;

/**
 * The pump's volume rate: at basal and with every allowed bolus used, against the device's programmable flow range;
 * and, where both a dose and a volume rate were written, whether they agree with the concentration. Since ruleset
 * 2026.12.3 the device-fit rules compare its quantities in DRL: the rates in the unit of the flow-range figure they
 * meet ({@link #basalVolumeIn}, {@link #maxVolumeIn}, against a {@link DeviceLimit}), and the written rate's deviation
 * from the rate the written dose gives against the written rate's own precision; the boolean judgements below are kept
 * for the DRL of the archived rulesets (2026.12.1, 2026.12.2), which replay with them.
 */
public record DeliveryRate(
        String deviceId,
        Measure basalVolume,
        Measure maxVolume,
        Optional<FigureRange> flowRange,
        Optional<Measure> statedVolume,
        Optional<Measure> volumeFromDose,
        Optional<Measure> lowestPeriodRate,
        Optional<Measure> highestPeriodRate)
        implements BasisFact, Governed {

    public DeliveryRate(
            String deviceId,
            Measure basalVolume,
            Measure maxVolume,
            Optional<FigureRange> flowRange,
            Optional<Measure> statedVolume,
            Optional<Measure> volumeFromDose) {
        this(
                deviceId,
                basalVolume,
                maxVolume,
                flowRange,
                statedVolume,
                volumeFromDose,
                Optional.empty(),
                Optional.empty());
    }

    /** Kept for the archived rulesets' DRL (DOS-DV-001 there); the bundled DRL compares {@link #basalVolumeIn}. */
    public boolean isBelowFlowRange() {
        return flowRange
                .map(r -> basalVolume.compareQuantity(r.min().measure()) < 0)
                .orElse(false);
    }

    /** Kept for the archived rulesets' DRL (DOS-DV-002 there); the bundled DRL compares {@link #maxVolumeIn}. */
    public boolean isAboveFlowRange() {
        return flowRange
                .map(r -> maxVolume.compareQuantity(r.max().measure()) > 0)
                .orElse(false);
    }

    /** The basal volume rate in the unit of the device figure the rules compare it with. */
    public java.math.BigDecimal basalVolumeIn(DeviceLimit limit) {
        return basalVolume.to(limit.unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** The volume rate with every allowed bolus used, in the unit of the device figure the rules compare it with. */
    public java.math.BigDecimal maxVolumeIn(DeviceLimit limit) {
        return maxVolume.to(limit.unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** Both a volume rate and a dose were written, so the rate the dose gives can be compared with the written one. */
    public boolean isWrittenRateComparable() {
        return statedVolume.isPresent() && volumeFromDose.isPresent();
    }

    /**
     * How far the written volume rate is from the one the written dose and concentration give, in the written rate's
     * unit (only when {@link #isWrittenRateComparable()}).
     */
    public java.math.BigDecimal writtenRateDeviation() {
        Measure stated = statedVolume.orElseThrow(() -> new IllegalStateException("no written rate to compare"));
        java.math.BigDecimal computed = volumeFromDose
                .orElseThrow(() -> new IllegalStateException("no rate from the dose to compare"))
                .to(stated.unit())
                .toBigDecimal(java.math.MathContext.DECIMAL64);
        return stated.toBigDecimal().subtract(computed).abs();
    }

    /**
     * The written volume rate's own precision, in its unit: half a unit of its last written decimal (only when a rate
     * was written).
     */
    public java.math.BigDecimal writtenRatePrecision() {
        java.math.BigDecimal stated = statedVolume
                .orElseThrow(() -> new IllegalStateException("no written rate to compare"))
                .toBigDecimal();
        return java.math.BigDecimal.ONE
                .movePointLeft(Math.max(stated.scale(), 0) + 1)
                .multiply(java.math.BigDecimal.valueOf(5));
    }

    /**
     * The written volume rate and the one the written dose and concentration give differ by more than the written
     * rate's own precision (half a unit of its last decimal): one of them is wrong. Kept for the archived rulesets' DRL
     * (DOS-DV-003 there); the bundled DRL compares {@link #writtenRateDeviation} with {@link #writtenRatePrecision}.
     */
    public boolean isInconsistent() {
        if (statedVolume.isEmpty() || volumeFromDose.isEmpty()) {
            return false;
        }
        java.math.BigDecimal stated = statedVolume.get().toBigDecimal();
        java.math.BigDecimal computed =
                volumeFromDose.get().to(statedVolume.get().unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
        java.math.BigDecimal halfUlp = java.math.BigDecimal.ONE
                .movePointLeft(Math.max(stated.scale(), 0) + 1)
                .multiply(java.math.BigDecimal.valueOf(5));
        return stated.subtract(computed).abs().compareTo(halfUlp) > 0;
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(Amount.basisItem("derived.basalVolumeRate", basalVolume));
        basis.add(Amount.basisItem("derived.volumeRateWithAllBoluses", maxVolume));
        statedVolume.ifPresent(v -> basis.add(Amount.basisItem("basalVolume", v)));
        volumeFromDose.ifPresent(v -> basis.add(Amount.basisItem("derived.volumeRateFromDose", v)));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return flowRange
                .map(r -> List.of(
                        GovernedFigure.of(
                                "device." + deviceId + ".flowRate.min",
                                new Quantity(
                                        r.min().value(),
                                        Unit.fromUcum(r.min().unit()).orElse(Unit.ML_PER_DAY)),
                                r.min().verification(),
                                r.min().citations()),
                        GovernedFigure.of(
                                "device." + deviceId + ".flowRate.max",
                                new Quantity(
                                        r.max().value(),
                                        Unit.fromUcum(r.max().unit()).orElse(Unit.ML_PER_DAY)),
                                r.max().verification(),
                                r.max().citations())))
                .orElse(List.of());
    }
}
