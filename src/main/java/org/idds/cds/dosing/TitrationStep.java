package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * A change from the previous prescription, as a percentage of the previous daily dose: on the basal dose, and on the
 * most that can be given in a day with every allowed bolus. The site's limit per step is a parameter the rules read.
 * {@code ownSchedule}: the drug library gives this drug a titration schedule of its own (ziconotide, baclofen), which
 * is judged instead of the general step limit.
 */
public record TitrationStep(
        String drug, Basis on, BigDecimal percent, BigDecimal increase, String unit, boolean ownSchedule)
        implements BasisFact {

    /** A step of a drug without a titration schedule of its own. */
    public TitrationStep(String drug, Basis on, BigDecimal percent, BigDecimal increase, String unit) {
        this(drug, on, percent, increase, unit, false);
    }

    /** The step as a fraction of the previous dose (0.429 for +42.9 %), for comparison with the site's limit. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    public enum Basis {
        BASAL,
        MAX_DAILY_WITH_ALL_BOLUSES
    }

    @Override
    public List<BasisItem> basis() {
        String name = on == Basis.BASAL ? "basal" : "maxDailyWithAllBoluses";
        return List.of(
                new BasisItem("derived.titration." + name + ".percent", percent.toPlainString(), Optional.of("%")),
                new BasisItem("derived.titration." + name + ".increase", increase.toPlainString(), Optional.of(unit)));
    }
}
