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
 * governed figures these came from, shown with any finding about them.
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

    /** Before admixtures were told apart from single drugs (every unstudied reservoir counted). */
    public ReservoirTiming(
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
            Optional<Measure> daysToEmptyWorstCase) {
        this(
                fillVolume,
                reservoirVolume,
                daysToAlarmWithBoluses,
                plannedInterval,
                stabilityLimit,
                stabilityStudied,
                labelRefillLimit,
                refillDueInterval,
                figures,
                reservoirRefillBy,
                daysToEmptyWorstCase,
                true);
    }

    /**
     * Two or more drugs in the reservoir never studied together: their stability in the pump is unknown. A single
     * drug is not an admixture (its longest interval is capped by the longest cited stability instead).
     */
    public boolean isAdmixtureUnstudied() {
        return admixture && !stabilityStudied;
    }

    /** Without the worst case: the reservoir's refill-by interval is then the days to the alarm with every bolus. */
    public ReservoirTiming(
            Optional<Measure> fillVolume,
            Optional<Measure> reservoirVolume,
            Optional<Measure> daysToAlarmWithBoluses,
            Optional<Measure> plannedInterval,
            Optional<Measure> stabilityLimit,
            boolean stabilityStudied,
            Optional<Measure> labelRefillLimit,
            Optional<Measure> refillDueInterval,
            List<GovernedFigure> figures) {
        this(
                fillVolume,
                reservoirVolume,
                daysToAlarmWithBoluses,
                plannedInterval,
                stabilityLimit,
                stabilityStudied,
                labelRefillLimit,
                refillDueInterval,
                figures,
                daysToAlarmWithBoluses,
                Optional.empty(),
                true);
    }

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
     * the pump's worst-case accuracy, with every bolus used.
     */
    public boolean isPlannedIntervalBeyondRefillBy() {
        return plannedInterval.isPresent()
                && reservoirRefillBy.isPresent()
                && plannedInterval.get().compareQuantity(reservoirRefillBy.get()) > 0;
    }

    /** The interval to the refill (planned, or the reservoir's own) is longer than the contents' studied stability. */
    public boolean isBeyondStability() {
        return stabilityLimit.isPresent()
                && interval()
                        .map(i -> i.compareQuantity(stabilityLimit.get()) > 0)
                        .orElse(false);
    }

    /** The interval to the refill is longer than the drug's label allows (ziconotide). */
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
        return new BasisItem(name, Amount.shown(m).toPlainString(), Optional.of(m.unit()));
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return figures;
    }
}
