package org.idds.cds.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;

/**
 * For a patient referred for intolerable side effects: the side-effect burden (0-10, as the site scores it) before the
 * trial and during it, and the reduction as a percentage of the burden before (exact; shown to a whole percent).
 */
public record SideEffectReduction(BigDecimal before, BigDecimal during, BigDecimal percent) implements BasisFact {

    public static SideEffectReduction of(BigDecimal before, BigDecimal during) {
        return new SideEffectReduction(before, during, TrialRelief.percent(before, during));
    }

    /** Whether the reduction is at least {@code limit} (a set parameter in %), compared exactly. */
    public boolean atLeast(Parameter limit) {
        return percent.compareTo(limit.value()) >= 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(() -> "trial.sideEffectBurden.before", before.toPlainString()),
                BasisItem.of(() -> "trial.sideEffectBurden.during", during.toPlainString()),
                new BasisItem(
                        "trial.sideEffectReduction",
                        percent.setScale(0, RoundingMode.HALF_UP).toPlainString(),
                        Optional.of("%")));
    }
}
