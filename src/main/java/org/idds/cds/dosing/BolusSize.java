package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;

/**
 * One patient bolus of the basal drug against the basal daily dose: as a fraction of the day's basal dose (0.2 is a
 * fifth), and as the hours of basal infusion it equals. A bolus written as a volume has already been turned into its
 * dose ({@code bolusDose} step). The site's limit is a parameter the rule reads.
 */
public record BolusSize(String drug, Measure bolusDose, Measure basalDaily) implements BasisFact {

    /** The bolus as a fraction of the basal daily dose, exact to 16 digits (for comparison with the site's limit). */
    public BigDecimal fractionOfBasalDaily() {
        return bolusDose
                .value()
                .divide(basalDaily.to(bolusDose.unit() + "/d").value())
                .toBigDecimal(MathContext.DECIMAL64);
    }

    /** The hours of basal infusion one bolus equals (one decimal, for display). */
    public BigDecimal hoursOfBasal() {
        return Measure.of(1, "d")
                .multiply(org.idds.cds.kernel.units.Ratio.of(fractionOfBasalDaily()))
                .to("h")
                .toBigDecimal(MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_EVEN);
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(
                Amount.basisItem("derived.bolus.dose", bolusDose),
                Amount.basisItem("derived." + drug + ".basalDailyDose", basalDaily),
                new BasisItem(
                        "derived.bolus.fractionOfBasalDailyDose",
                        fractionOfBasalDaily()
                                .setScale(3, RoundingMode.HALF_EVEN)
                                .toPlainString(),
                        Optional.of("1")),
                new BasisItem("derived.bolus.hoursOfBasal", hoursOfBasal().toPlainString(), Optional.of("h")));
    }
}
