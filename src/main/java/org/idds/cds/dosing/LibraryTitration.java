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
 */
public record LibraryTitration(
        String drug,
        int limitIndex,
        IntrathecalDrug.TitrationLimit limit,
        Measure increase,
        BigDecimal fraction,
        Optional<Long> daysSincePrevious)
        implements BasisFact, Governed {

    /** The step is larger than the limit allows. */
    public boolean isTooLarge() {
        return limit.maxIncrease()
                .map(max -> max.unit().ucum().equals("1")
                        ? fraction.compareTo(max.value()) > 0
                        : increase.compareQuantity(
                                        Measure.of(max.value(), max.unit().ucum()))
                                > 0)
                .orElse(false);
    }

    /** The step comes sooner after the previous one than the limit allows. */
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
        basis.add(new BasisItem(
                "derived.titration.basal.increase",
                Amount.shown(increase).toPlainString(),
                Optional.of(increase.unit())));
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
        return GovernedFigure.of(
                "library." + drug + ".titration[" + limitIndex + "]." + what,
                q,
                limit.verification(),
                limit.citations());
    }
}
