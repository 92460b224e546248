package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.units.Measure;

/**
 * A basal titration step against one of the drug library's titration limits for that drug (ziconotide: the US label's
 * 2.4 ug/day per step; slower consensus schedules): the increase in the limit's own terms (an amount a day, or a
 * fraction of the previous dose for a limit in unit {@code 1}), and the days since the previous change where known.
 * Since ruleset 2026.12.3 DOS-TI-004 compares {@link #increaseIn} and {@link #daysSincePreviousIn} in DRL with the
 * schedule's figures it is {@link #governedBy} ({@link LibraryLimit.Figure#TITRATION_MAX_INCREASE},
 * {@link LibraryLimit.Figure#TITRATION_MIN_INTERVAL}); {@link #isTooLarge()} and {@link #isTooSoon()} are kept for the
 * archived rulesets' DRL.
 */
public record LibraryTitration(
        String drug,
        int limitIndex,
        IntrathecalDrug.TitrationLimit limit,
        Measure increase,
        BigDecimal fraction,
        Optional<Long> daysSincePrevious)
        implements BasisFact, Governed {

    /** The key of one figure of this schedule ({@code maxIncrease}, {@code minInterval}), as the findings show it. */
    static String key(String drug, int limitIndex, String what) {
        return "library." + drug + ".titration[" + limitIndex + "]." + what;
    }

    /** The library figures of this step's schedule, for the rules to compare with. */
    public List<LibraryLimit> libraryLimits() {
        return java.util.stream.Stream.of(
                        libraryLimit(LibraryLimit.Figure.TITRATION_MAX_INCREASE, "maxIncrease", limit.maxIncrease()),
                        libraryLimit(LibraryLimit.Figure.TITRATION_MIN_INTERVAL, "minInterval", limit.minInterval()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** One figure of the schedule, where the library records it: a step beyond it is a warning. */
    private Optional<LibraryLimit> libraryLimit(LibraryLimit.Figure figure, String what, Optional<Quantity> value) {
        return value.map(m ->
                LibraryLimit.of(drug, figure, key(drug, limitIndex, what), m, org.idds.cds.kernel.Severity.WARNING));
    }

    /** Whether {@code figure} is one of the figures of this step's schedule (its key is one of theirs). */
    public boolean governedBy(LibraryLimit figure) {
        return figure.drug().equals(drug)
                && (figure.key().equals(key(drug, limitIndex, "maxIncrease"))
                        || figure.key().equals(key(drug, limitIndex, "minInterval")));
    }

    /**
     * The increase in the unit of the schedule figure the rules compare it with: the fraction of the previous dose (3
     * decimals) for a figure in unit {@code 1}, else the amount a day in the figure's unit.
     */
    public BigDecimal increaseIn(LibraryLimit limit) {
        return limit.unit().equals("1")
                ? fraction
                : increase.to(limit.unit()).toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** The days since the previous change are known. */
    public boolean isDaysSincePreviousKnown() {
        return daysSincePrevious.isPresent();
    }

    /** The time since the previous change, in the unit of the schedule figure the rules compare it with. */
    public BigDecimal daysSincePreviousIn(LibraryLimit limit) {
        return Measure.of(
                        daysSincePrevious.orElseThrow(() -> new IllegalStateException("no previous change date")), "d")
                .to(limit.unit())
                .toBigDecimal(java.math.MathContext.DECIMAL64);
    }

    /** The step is larger than the limit allows. Kept for the archived rulesets' DRL (DOS-TI-004 there). */
    public boolean isTooLarge() {
        return limit.maxIncrease()
                .map(max -> max.unit().ucum().equals("1")
                        ? fraction.compareTo(max.value()) > 0
                        : increase.compareQuantity(
                                        Measure.of(max.value(), max.unit().ucum()))
                                > 0)
                .orElse(false);
    }

    /**
     * The step comes sooner after the previous one than the limit allows. Kept for the archived rulesets' DRL
     * (DOS-TI-004 there).
     */
    public boolean isTooSoon() {
        return limit.minInterval().isPresent()
                && daysSincePrevious.isPresent()
                && Measure.of(daysSincePrevious.get(), "d")
                                .compareQuantity(Measure.of(
                                        limit.minInterval().get().value(),
                                        limit.minInterval().get().unit().ucum()))
                        < 0;
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new java.util.ArrayList<>();
        basis.add(Amount.basisItem("derived.titration.basal.increase", increase));
        basis.add(new BasisItem("derived.titration.basal.fraction", fraction.toPlainString(), Optional.empty()));
        daysSincePrevious.ifPresent(
                d -> basis.add(new BasisItem("derived.daysSincePreviousChange", String.valueOf(d), Optional.of("d"))));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new java.util.ArrayList<>();
        limit.maxIncrease().ifPresent(m -> figures.add(figure("maxIncrease", m)));
        limit.minInterval().ifPresent(m -> figures.add(figure("minInterval", m)));
        return figures;
    }

    private GovernedFigure figure(String what, Quantity q) {
        return GovernedFigure.of(key(drug, limitIndex, what), q, limit.verification(), limit.citations());
    }
}
