package org.idds.cds.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;

/**
 * The relief the trial is judged by: at the time point with the best relief, (baseline - score) / baseline as a
 * percentage (exact; shown rounded to a whole percent). The relief at every time point is in the answer.
 */
public record TrialRelief(BigDecimal baseline, PainScore at, BigDecimal percent) implements BasisFact {

    /** The relief at one time point, exact (to 4 decimal places of a percent). */
    public static BigDecimal percent(BigDecimal baseline, BigDecimal score) {
        if (baseline.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return baseline.subtract(score)
                .multiply(BigDecimal.valueOf(100))
                .divide(baseline, 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The best of the time points (the first of equals). */
    public static TrialRelief best(BigDecimal baseline, List<PainScore> scores) {
        PainScore best = scores.get(0);
        for (PainScore s : scores) {
            if (s.score().compareTo(best.score()) < 0) {
                best = s;
            }
        }
        return new TrialRelief(baseline, best, percent(baseline, best.score()));
    }

    /** The relief rounded to a whole percent, as people read it. */
    public BigDecimal shown() {
        return percent.setScale(0, RoundingMode.HALF_UP);
    }

    /** Whether the relief is at least {@code limit} (a set parameter in %), compared exactly, never rounded. */
    public boolean atLeast(Parameter limit) {
        return percent.compareTo(limit.value()) >= 0;
    }

    /** Whether the pain is no worse than at baseline (a relief of at least 0). */
    public boolean painNotWorse() {
        return percent.signum() >= 0;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                BasisItem.of(() -> "trial.baselinePain", baseline.toPlainString()),
                BasisItem.of(
                        () -> "trial.painScores[" + at.afterDoseHours().toPlainString() + " h]",
                        at.score().toPlainString()),
                new BasisItem("trial.relief", shown().toPlainString(), Optional.of("%")));
    }
}
