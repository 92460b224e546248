package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * An intrathecal opioid started in a patient stated opioid-tolerant, against an upper bound from the current systemic
 * oral morphine equivalent (MASCC's oral to intrathecal morphine ratios). The start is taken with every allowed bolus
 * used and expressed in intrathecal morphine: for another opioid through the drug library's intrathecal morphine ratio
 * at its cautious end (hydromorphone x 6, so the bound in hydromorphone is the lower one). The rules compare
 * {@link #oralToIntrathecalRatio()} with the governed ratios; the bound is never used to suggest a dose.
 *
 * <p>The systemic OME is the lower total where cited factors disagree (a lower OME gives the lower, more cautious
 * bound); an incomplete OME (an opioid not counted) is a lower bound, which also keeps the bound cautious.
 */
public record OmeStartingBound(
        String drug,
        Measure maxDaily,
        Measure intrathecalMorphine,
        Optional<IntrathecalDrug.MorphineRatio> ratio,
        OpioidLoad systemic,
        List<BigDecimal> shownRatios)
        implements BasisFact, Governed {

    /** The reference opioid of the bound: MASCC's ratios are oral to intrathecal morphine. */
    public static final String REFERENCE = "morphine";

    public OmeStartingBound {
        shownRatios = List.copyOf(shownRatios);
    }

    /** Systemic OME (mg/d) per mg/d of intrathecal morphine equivalent started: below 100 is above OME / 100. */
    public BigDecimal oralToIntrathecalRatio() {
        return Ratio.of(systemic.omeLowMgPerDay())
                .divide(intrathecalMorphine.to("mg/d").value())
                .toBigDecimal(MathContext.DECIMAL64);
    }

    /** The bound in this drug's unit for an oral to intrathecal ratio (OME / ratio, converted to this drug). */
    public Measure boundAt(BigDecimal oralToIntrathecal) {
        Measure morphine = Measure.of(systemic.omeLowMgPerDay(), "mg/d").divide(Ratio.of(oralToIntrathecal));
        return ratio.map(r -> morphine.divide(Ratio.of(r.high())))
                .orElse(morphine)
                .to(maxDaily.unit());
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>(systemic.basis());
        basis.add(Amount.basisItem("derived." + drug + ".maxDailyDoseWithAllBoluses", maxDaily));
        if (ratio.isPresent()) {
            basis.add(Amount.basisItem("derived." + drug + ".intrathecalMorphineEquivalent", intrathecalMorphine)
                    .withNote(
                            CalculationTexts.N_INTRATHECAL_MORPHINE_EQUIVALENT,
                            java.util.Map.of(
                                    "low", ratio.get().low().toPlainString(),
                                    "high", ratio.get().high().toPlainString())));
        }
        basis.add(new BasisItem(
                "derived.startingDose.oralToIntrathecalRatio",
                oralToIntrathecalRatio().setScale(1, RoundingMode.HALF_EVEN).toPlainString() + ":1",
                Optional.empty()));
        for (BigDecimal r : shownRatios) {
            basis.add(new BasisItem(
                            "derived." + drug + ".boundAtOme/" + r.toPlainString(),
                            Amount.shown(boundAt(r)).toPlainString(),
                            Optional.of(maxDaily.unit()))
                    .withNote(CalculationTexts.N_BOUND_AT_OME));
        }
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new ArrayList<>(systemic.governedFigures());
        ratio.ifPresent(r -> figures.add(new GovernedFigure(
                "library." + drug + ".intrathecalMorphineRatio.high",
                r.high().toPlainString(),
                Optional.empty(),
                r.verification(),
                r.citations())));
        return figures;
    }
}
