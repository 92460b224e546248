package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * A change of the daily dose of one drug from the previous prescription, for the rules scoped by drug: the new dose as
 * a multiple of the previous one (at basal, and with every bolus used), the top of the starting range for the
 * patient's opioid status it is compared with, and the fraction by which a decrease lowers the basal dose.
 *
 * <p>{@code startingRange} is the top of the label's start for the stated opioid status where the library gives
 * label starts by status (the opioid-naive one, the lower, when the status is not given: {@code startingRangeFor}
 * says which, {@link #ANY_OPIOID_STATUS} for the one range, and {@code startingRangeNote} names the outcomes file's
 * wording of it), else the top of the library's one starting range; empty when the library has neither. Since ruleset
 * 2026.12.3 DOS-TI-005 compares {@link #newBasalIn} and {@link #newMaxIn} in DRL with that top, inserted as a
 * {@link LibraryLimit} ({@link LibraryLimit.Figure#STEP_STARTING_TOP}); {@link #isBasalAboveStartingTop()} and
 * {@link #isMaxAboveStartingTop()} are kept for the archived rulesets' DRL.
 */
public record DoseStep(
        String drug,
        Optional<IntrathecalDrug.Role> role,
        Measure previousBasal,
        Measure newBasal,
        Measure previousMax,
        Measure newMax,
        Optional<StartingTop> startingRange,
        String startingRangeFor,
        String startingRangeNote)
        implements BasisFact, Governed {

    /** {@code startingRangeFor} of the library's one starting range, for every opioid status. */
    public static final String ANY_OPIOID_STATUS = "ANY";

    /**
     * The top of the start a step is compared with, as a governed figure: the label's start for the opioid status
     * (Infumorph: 1 mg/d opioid-naive, 10 mg/d opioid-tolerant), else the top of the library's one starting range.
     */
    public record StartingTop(
            String key,
            org.idds.cds.kernel.Quantity top,
            org.idds.cds.kernel.Verification verification,
            String note,
            List<org.idds.cds.kernel.Citation> citations) {}

    public boolean isOpioidOrAlpha2() {
        return role.filter(r -> r == IntrathecalDrug.Role.OPIOID || r == IntrathecalDrug.Role.ALPHA2_AGONIST)
                .isPresent();
    }

    public boolean isAlpha2() {
        return role.filter(r -> r == IntrathecalDrug.Role.ALPHA2_AGONIST).isPresent();
    }

    /** Opioids, clonidine and baclofen: a large or abrupt decrease risks withdrawal. */
    public boolean isWithdrawalRisk() {
        return role.filter(r -> r == IntrathecalDrug.Role.OPIOID
                        || r == IntrathecalDrug.Role.ALPHA2_AGONIST
                        || r == IntrathecalDrug.Role.GABA_B_AGONIST)
                .isPresent();
    }

    /** The basal dose or the most a day with every bolus goes up. */
    public boolean isIncrease() {
        return newBasal.compareQuantity(previousBasal) > 0 || newMax.compareQuantity(previousMax) > 0;
    }

    /** The new basal daily dose as a multiple of the previous one (3 decimals). */
    public BigDecimal basalMultiple() {
        return multiple(newBasal, previousBasal);
    }

    /** The new most a day with every bolus used as a multiple of the previous one (3 decimals). */
    public BigDecimal maxMultiple() {
        return multiple(newMax, previousMax);
    }

    /** The top of the start this step is compared with, as a fact for the rules (none when the library has none). */
    public Optional<LibraryLimit> startingTopLimit() {
        return startingRange.map(r -> LibraryLimit.of(
                drug, LibraryLimit.Figure.STEP_STARTING_TOP, r.key(), r.top(), org.idds.cds.kernel.Severity.CRITICAL));
    }

    /** The new basal daily dose, in the unit of the library figure the rules compare it with. */
    public BigDecimal newBasalIn(LibraryLimit limit) {
        return newBasal.to(limit.unit()).toBigDecimal(MathContext.DECIMAL64);
    }

    /** The new most a day with every bolus used, in the unit of the library figure the rules compare it with. */
    public BigDecimal newMaxIn(LibraryLimit limit) {
        return newMax.to(limit.unit()).toBigDecimal(MathContext.DECIMAL64);
    }

    /** Kept for the archived rulesets' DRL (DOS-TI-005 there); the bundled DRL compares {@link #newBasalIn}. */
    public boolean isBasalAboveStartingTop() {
        return aboveTop(newBasal);
    }

    /** Kept for the archived rulesets' DRL (DOS-TI-005 there); the bundled DRL compares {@link #newMaxIn}. */
    public boolean isMaxAboveStartingTop() {
        return aboveTop(newMax);
    }

    /** How much the basal dose falls, as a fraction of the previous dose (0 for an increase; 3 decimals). */
    public BigDecimal basalDecrease() {
        if (newBasal.compareQuantity(previousBasal) >= 0) {
            return BigDecimal.ZERO;
        }
        return fraction(previousBasal.subtract(newBasal.to(previousBasal.unit())), previousBasal);
    }

    private boolean aboveTop(Measure dose) {
        return startingRange
                .map(r -> dose.compareQuantity(
                                Measure.of(r.top().value(), r.top().unit().ucum()))
                        > 0)
                .orElse(false);
    }

    private static BigDecimal multiple(Measure now, Measure before) {
        return fraction(now.to(before.unit()), before);
    }

    private static BigDecimal fraction(Measure part, Measure whole) {
        Ratio r = part.to(whole.unit()).value().divide(whole.value());
        return r.toBigDecimal(MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_EVEN);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem(
                "derived.step." + drug + ".basalMultiple", basalMultiple().toPlainString(), Optional.empty()));
        if (newMax.compareQuantity(newBasal) != 0 || previousMax.compareQuantity(previousBasal) != 0) {
            basis.add(new BasisItem(
                    "derived.step." + drug + ".maxDailyMultiple", maxMultiple().toPlainString(), Optional.empty()));
        }
        basis.add(Amount.basisItem("derived.step." + drug + ".newBasalDailyDose", newBasal));
        basis.add(Amount.basisItem("derived.step." + drug + ".newMaxDailyDoseWithAllBoluses", newMax));
        if (basalDecrease().signum() > 0) {
            basis.add(new BasisItem(
                    "derived.step." + drug + ".basalDecrease", basalDecrease().toPlainString(), Optional.empty()));
        }
        startingRange.ifPresent(r -> basis.add(
                new BasisItem("derived.step." + drug + ".startingRangeFor", startingRangeFor, Optional.empty())
                        .withNote(startingRangeNote)));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return startingRange
                .map(r -> List.of(GovernedFigure.of(r.key(), r.top(), r.verification(), r.citations())))
                .orElse(List.of());
    }
}
