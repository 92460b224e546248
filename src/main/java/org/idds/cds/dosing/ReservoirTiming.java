package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.units.Measure;

/**
 * The reservoir over time: the fill against the reservoir, the days to the low-reservoir alarm with every bolus used
 * (at the programmed rate), the reservoir's own refill-by interval ({@code reservoirRefillBy}: the earliest of the
 * alarm, the site's refill-by volume and empty, at the programmed rate and at the pump's worst-case accuracy), the days
 * to empty at the worst case, and the longest interval the contents' stability (or a label) allows.
 * {@code refillDueInterval} is the earliest of all of them and the longest cited stability. {@code figures}: the
 * governed figures these came from, shown with any finding about them. Since ruleset 2026.12.3 the device-fit rules
 * compare its quantities in DRL: the fill in the unit of the reservoir figure ({@link #fillVolumeIn}, against a
 * {@link DeviceLimit}), the planned interval with the reservoir's refill-by interval in days; and the refill rules the
 * interval to the refill in the unit of the stability or label figure ({@link #intervalIn}, against a
 * {@link RefillLimit}); the boolean judgements
 * below are kept for the DRL of the archived rulesets (2026.12.1, 2026.12.2), which replay with them.
 */
public record ReservoirTiming(
        Optional<Measure> fillVolume,
        Optional<Measure> reservoirVolume,
        Optional<Measure> daysToAlarmWithBoluses,
        Optional<Measure> plannedInterval,
        Optional<Measure> stabilityLimit,
        boolean stabilityStudied,
        Optional<Measure> labelRefillLimit,
        Optional<Measure> refillDueInterval,
        List<GovernedFigure> figures,
        Optional<Measure> reservoirRefillBy,
        Optional<Measure> daysToEmptyWorstCase,
        boolean admixture)
        implements BasisFact, Governed {

    public ReservoirTiming {
        figures = List.copyOf(figures);
    }

    /**
     * Two or more drugs in the reservoir never studied together: their stability in the pump is unknown. A single
     * drug is not an admixture (its longest interval is capped by the longest cited stability instead).
     */
    public boolean isAdmixtureUnstudied() {
        return admixture && !stabilityStudied;
    }

    /** A fill volume was given. */
    public boolean isFillKnown() {
        return fillVolume.isPresent();
    }

    /** The fill volume in the unit of the device figure the rules compare it with (only when known). */
    public java.math.BigDecimal fillVolumeIn(DeviceLimit limit) {
        return fillVolume
                .orElseThrow(() -> new IllegalStateException("no fill volume to compare"))
                .to(limit.unit())
                .toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** A refill interval was planned. */
    public boolean isPlannedIntervalKnown() {
        return plannedInterval.isPresent();
    }

    /** The reservoir's own refill-by interval is known (a fill was given). */
    public boolean isReservoirRefillByKnown() {
        return reservoirRefillBy.isPresent();
    }

    /** The planned refill interval in days (only when planned). */
    public java.math.BigDecimal plannedIntervalDays() {
        return days(plannedInterval.orElseThrow(() -> new IllegalStateException("no planned interval to compare")));
    }

    /** The reservoir's own refill-by interval in days (only when known). */
    public java.math.BigDecimal reservoirRefillByDays() {
        return days(reservoirRefillBy.orElseThrow(() -> new IllegalStateException("no refill-by interval to compare")));
    }

    private static java.math.BigDecimal days(Measure m) {
        return m.to("d").toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** Kept for the archived rulesets' DRL (DOS-DV-004 there); the bundled DRL compares {@link #fillVolumeIn}. */
    public boolean isFillAboveReservoir() {
        return fillVolume.isPresent()
                && reservoirVolume.isPresent()
                && fillVolume.get().compareQuantity(reservoirVolume.get()) > 0;
    }

    /**
     * The planned refill interval is longer than the reservoir lasts to its alarm with every bolus used, at the
     * programmed rate: what DOS-DV-005 1.0.0 compared (kept so the archived rulesets compile and replay).
     */
    public boolean isPlannedIntervalBeyondAlarm() {
        return plannedInterval.isPresent()
                && daysToAlarmWithBoluses.isPresent()
                && plannedInterval.get().compareQuantity(daysToAlarmWithBoluses.get()) > 0;
    }

    /**
     * The planned refill interval is longer than the reservoir's refill-by interval: the alarm, the site's refill-by
     * volume or empty (where no alarm is recorded, as in a Prometra or an external pump), at the programmed rate or at
     * the pump's worst-case accuracy, with every bolus used. Kept for the archived rulesets' DRL (DOS-DV-005 there);
     * the bundled DRL compares {@link #plannedIntervalDays} with {@link #reservoirRefillByDays}.
     */
    public boolean isPlannedIntervalBeyondRefillBy() {
        return plannedInterval.isPresent()
                && reservoirRefillBy.isPresent()
                && plannedInterval.get().compareQuantity(reservoirRefillBy.get()) > 0;
    }

    /** The interval to the refill (planned, or the reservoir's own refill-by interval) is known. */
    public boolean isIntervalKnown() {
        return interval().isPresent();
    }

    /**
     * The interval to the refill (planned, or the reservoir's own refill-by interval) in the unit of the refill figure
     * the rules compare it with (only when known).
     */
    public java.math.BigDecimal intervalIn(RefillLimit limit) {
        return interval()
                .orElseThrow(() -> new IllegalStateException("no refill interval to compare"))
                .to(limit.unit())
                .toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** The same, in the unit of a site parameter the rules compare it with (the longest cited stability). */
    public java.math.BigDecimal intervalIn(org.idds.cds.kernel.Parameter parameter) {
        return interval()
                .orElseThrow(() -> new IllegalStateException("no refill interval to compare"))
                .to(parameter.unit().ucum())
                .toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /**
     * The interval to the refill (planned, or the reservoir's own) is longer than the contents' studied stability. The
     * bundled DOS-RF-001 compares {@link #intervalIn} with the {@link RefillLimit} in DRL; kept for the
     * archived rulesets' DRL (DOS-RF-005 1.0.0 guarded on it).
     */
    public boolean isBeyondStability() {
        return stabilityLimit.isPresent()
                && interval()
                        .map(i -> i.compareQuantity(stabilityLimit.get()) > 0)
                        .orElse(false);
    }

    /**
     * The interval to the refill is longer than the drug's label allows (ziconotide). The bundled DOS-RF-003 compares
     * {@link #intervalIn} with the {@link RefillLimit} in DRL; kept for the archived rulesets' DRL
     * (DOS-RF-005 1.0.0 guarded on it).
     */
    public boolean isBeyondLabelRefillLimit() {
        return labelRefillLimit.isPresent()
                && interval()
                        .map(i -> i.compareQuantity(labelRefillLimit.get()) > 0)
                        .orElse(false);
    }

    /** A fill was given, so the refill-due interval is known. */
    public boolean isRefillDueKnown() {
        return refillDueInterval.isPresent();
    }

    /** The reservoir contents were never studied together for stability. */
    public boolean isStabilityUnstudied() {
        return !stabilityStudied;
    }

    /**
     * The interval to the refill in days, for the rules' comparison with a governed figure: the planned interval, or
     * the reservoir's own refill-by interval; 0 when neither is known (no fill and no planned interval).
     */
    public java.math.BigDecimal intervalDays() {
        return interval()
                .map(i -> i.to("d").toBigDecimal(java.math.MathContext.DECIMAL64))
                .orElse(java.math.BigDecimal.ZERO);
    }

    private Optional<Measure> interval() {
        return plannedInterval.or(() -> reservoirRefillBy);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        fillVolume.ifPresent(v -> basis.add(item("fill.volume", v)));
        daysToAlarmWithBoluses.ifPresent(v -> basis.add(item("derived.daysToAlarmWithAllBoluses", v)));
        daysToEmptyWorstCase.ifPresent(v -> basis.add(item("derived.daysToEmptyAtWorstCase", v)));
        reservoirRefillBy.ifPresent(v -> basis.add(item("derived.reservoirRefillByInterval", v)));
        plannedInterval.ifPresent(v -> basis.add(item("plannedRefillInterval", v)));
        refillDueInterval.ifPresent(v -> basis.add(item("derived.refillDueInterval", v)));
        return basis;
    }

    private static BasisItem item(String name, Measure m) {
        return Amount.basisItem(name, m);
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return figures;
    }
}
