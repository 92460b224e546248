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
 * The reservoir over time: the fill against the reservoir, the days to the low-reservoir alarm with and without
 * boluses, the days to the site's refill-by volume, and the longest interval the contents' stability (or a label)
 * allows. {@code figures}: the governed figures these came from, shown with any finding about them.
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
        List<GovernedFigure> figures)
        implements BasisFact, Governed {

    public ReservoirTiming {
        figures = List.copyOf(figures);
    }

    public boolean isFillAboveReservoir() {
        return fillVolume.isPresent()
                && reservoirVolume.isPresent()
                && fillVolume.get().compareQuantity(reservoirVolume.get()) > 0;
    }

    /** The planned refill interval is longer than the reservoir lasts to its alarm with every bolus used. */
    public boolean isPlannedIntervalBeyondAlarm() {
        return plannedInterval.isPresent()
                && daysToAlarmWithBoluses.isPresent()
                && plannedInterval.get().compareQuantity(daysToAlarmWithBoluses.get()) > 0;
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

    private Optional<Measure> interval() {
        return plannedInterval.or(() -> daysToAlarmWithBoluses);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        fillVolume.ifPresent(v -> basis.add(item("fill.volume", v)));
        daysToAlarmWithBoluses.ifPresent(v -> basis.add(item("derived.daysToAlarmWithAllBoluses", v)));
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
