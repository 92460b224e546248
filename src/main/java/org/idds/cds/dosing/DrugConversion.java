package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.units.Measure;

/**
 * A change of the basal drug, checked as a conversion, never as a percentage step: the previous daily dose of
 * {@code fromDrug}, the new daily dose of {@code toDrug}, and, where a cited ratio exists for the pair, the equivalent
 * at the end of the cited range that gives the LOWER new dose ({@code ratioUsed}: the ratio the previous dose was
 * divided by, to hydromorphone, or multiplied by, to morphine; the outcomes file's fact note says which). Empty {@code equivalent}: no cited conversion for this pair.
 */
public record DrugConversion(
        String fromDrug,
        String toDrug,
        Measure previousDaily,
        Measure newDaily,
        Optional<Measure> equivalent,
        Optional<String> ratioUsed,
        Optional<org.idds.cds.clinical.IntrathecalDrug.MorphineRatio> ratio)
        implements BasisFact, org.idds.cds.kernel.Governed {

    /** The cited intrathecal morphine : hydromorphone range the equivalent came from, as a governed figure. */
    @Override
    public List<org.idds.cds.kernel.GovernedFigure> governedFigures() {
        return ratio.map(r -> List.of(figure(r, "low", r.low()), figure(r, "high", r.high())))
                .orElse(List.of());
    }

    private static org.idds.cds.kernel.GovernedFigure figure(
            org.idds.cds.clinical.IntrathecalDrug.MorphineRatio r, String end, BigDecimal value) {
        return new org.idds.cds.kernel.GovernedFigure(
                "library.hydromorphone.intrathecalMorphineRatio." + end,
                value.toPlainString(),
                Optional.empty(),
                r.verification(),
                r.citations());
    }

    public boolean isCited() {
        return equivalent.isPresent();
    }

    /** The new daily dose in the equivalent's unit (compared with {@link #equivalentValue()} in the rules). */
    public BigDecimal newDailyValue() {
        return equivalent
                .map(e -> newDaily.to(e.unit()).toBigDecimal(MathContext.DECIMAL64))
                .orElse(BigDecimal.ZERO);
    }

    /** The converted equivalent (rules match {@code cited == true} with it; 0 when there is none). */
    public BigDecimal equivalentValue() {
        return equivalent.map(e -> e.toBigDecimal(MathContext.DECIMAL64)).orElse(BigDecimal.ZERO);
    }

    /** The new daily dose as a fraction of the equivalent (3 decimals; 0 when there is none). */
    public BigDecimal fractionOfEquivalent() {
        return equivalent
                .filter(e -> e.value().signum() != 0)
                .map(e -> newDaily.to(e.unit())
                        .value()
                        .divide(e.value())
                        .toBigDecimal(MathContext.DECIMAL64)
                        .setScale(3, RoundingMode.HALF_EVEN))
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem("derived.drugChange.from", fromDrug, Optional.empty()));
        basis.add(new BasisItem("derived.drugChange.to", toDrug, Optional.empty()));
        basis.add(Amount.basisItem("previous.basalDailyDose", previousDaily));
        basis.add(Amount.basisItem("derived." + toDrug + ".basalDailyDose", newDaily));
        equivalent.ifPresent(e -> basis.add(Amount.basisItem("derived.drugChange.lowerEquivalent", e)));
        ratioUsed.ifPresent(r -> basis.add(new BasisItem("derived.drugChange.conversion", r, Optional.empty())
                .withNote(
                        toDrug.equals("hydromorphone")
                                ? CalculationTexts.N_CONVERSION_TO_HYDROMORPHONE
                                : CalculationTexts.N_CONVERSION_TO_MORPHINE)));
        if (equivalent.isPresent()) {
            basis.add(new BasisItem(
                    "derived.drugChange.fractionOfEquivalent",
                    fractionOfEquivalent().toPlainString(),
                    Optional.empty()));
        }
        return basis;
    }
}
