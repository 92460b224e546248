package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrug.Limit;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.units.Measure;

/**
 * One drug of the reservoir as prescribed: its concentration, its daily dose at basal and with every allowed bolus
 * used, and its drug-library entry (empty when the library has none). Since ruleset 2026.12.3 the limits and
 * starting-dose rules compare its quantities, each in the unit of the figure it meets ({@link #maxDailyIn},
 * {@link #concentrationIn}, {@link #basalDailyIn}), with the library figure they name ({@link LibraryLimit}) in DRL;
 * the boolean judgements below are kept for the DRL of the archived rulesets (2026.12.1, 2026.12.2), which replay
 * with them.
 */
public record DrugLoad(
        String drug,
        Optional<Measure> concentration,
        Measure basalDaily,
        Measure maxDaily,
        Optional<IntrathecalDrug> library,
        boolean startingDose)
        implements BasisFact, Governed {

    public DrugLoad(
            String drug,
            Measure concentration,
            Measure basalDaily,
            Measure maxDaily,
            Optional<IntrathecalDrug> library,
            boolean startingDose) {
        this(drug, Optional.of(concentration), basalDaily, maxDaily, library, startingDose);
    }

    public boolean isInLibrary() {
        return library.isPresent();
    }

    public boolean isConcentrationAboveSoftMaximum() {
        return concentration.isPresent()
                && above(concentration.get(), library.flatMap(IntrathecalDrug::maxConcentration), Severity.WARNING);
    }

    public boolean isConcentrationAboveHardMaximum() {
        return concentration.isPresent()
                && above(concentration.get(), library.flatMap(IntrathecalDrug::maxConcentration), Severity.CRITICAL);
    }

    /** The daily dose with every allowed bolus used, against the library's maximum daily dose. */
    public boolean isDailyDoseAboveSoftMaximum() {
        return above(maxDaily, library.flatMap(IntrathecalDrug::maxDailyDose), Severity.WARNING);
    }

    public boolean isDailyDoseAboveHardMaximum() {
        return above(maxDaily, library.flatMap(IntrathecalDrug::maxDailyDose), Severity.CRITICAL);
    }

    /** No verified maximum exists for this drug: the answer says so rather than compare with an invented one. */
    public boolean isNoEstablishedMaximum() {
        return library.flatMap(IntrathecalDrug::noEstablishedMaximum).isPresent();
    }

    /** Above the plausibility ceiling: a likely unit or decimal error, never used as a dose. */
    public boolean isImplausible() {
        return library.map(l -> maxDaily.compareQuantity(
                                measure(l.implausibleDailyDose().value()))
                        > 0)
                .orElse(false);
    }

    /** A first prescription whose basal daily dose is above the top of the recommended starting range. */
    public boolean isStartingAboveRange() {
        return startingDose
                && library.flatMap(IntrathecalDrug::startingDailyDose)
                        .map(r -> basalDaily.compareQuantity(measure(r.high())) > 0)
                        .orElse(false);
    }

    /**
     * The basal daily dose is above the top of the recommended starting range; the rules say when it is a start (they
     * read the prescription's context, not a flag).
     */
    public boolean isBasalAboveStartingRange() {
        return library.flatMap(IntrathecalDrug::startingDailyDose)
                .map(r -> basalDaily.compareQuantity(measure(r.high())) > 0)
                .orElse(false);
    }

    /** How many times the top of the starting range the basal daily dose is (one decimal), when above it. */
    public Optional<BigDecimal> startingMultiple() {
        return library.flatMap(IntrathecalDrug::startingDailyDose)
                .map(r -> basalDaily
                        .to(r.high().unit().ucum())
                        .value()
                        .divide(org.idds.cds.kernel.units.Ratio.of(r.high().value())))
                .map(ratio -> ratio.toBigDecimal(MathContext.DECIMAL64).setScale(1, java.math.RoundingMode.HALF_EVEN));
    }

    /** Whether the prescription gives this drug's concentration. */
    public boolean isConcentrationKnown() {
        return concentration.isPresent();
    }

    /** The concentration in the unit of the library figure the rules compare it with (only when known). */
    public BigDecimal concentrationIn(LibraryLimit limit) {
        return concentration
                .orElseThrow(() -> new IllegalStateException(drug + ": no concentration to compare"))
                .to(limit.unit())
                .toBigDecimal(MathContext.DECIMAL64);
    }

    /** The daily dose with every allowed bolus used, in the unit of the library figure the rules compare it with. */
    public BigDecimal maxDailyIn(LibraryLimit limit) {
        return maxDaily.to(limit.unit()).toBigDecimal(MathContext.DECIMAL64);
    }

    /** The basal daily dose, in the unit of the library figure the rules compare it with. */
    public BigDecimal basalDailyIn(LibraryLimit limit) {
        return basalDaily.to(limit.unit()).toBigDecimal(MathContext.DECIMAL64);
    }

    /** The daily dose with every allowed bolus used, in the unit of a ceiling the rules compare it with. */
    public BigDecimal maxDailyIn(org.idds.cds.kernel.Parameter ceiling) {
        return maxDaily.to(ceiling.unit().ucum()).toBigDecimal(MathContext.DECIMAL64);
    }

    private static boolean above(Measure value, Optional<Limit> limit, Severity severity) {
        return limit.filter(l -> l.severity() == severity)
                .map(l -> value.compareQuantity(measure(l.value())) > 0)
                .orElse(false);
    }

    private static Measure measure(Quantity q) {
        return Measure.of(q.value(), q.unit().ucum());
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        concentration.ifPresent(c -> basis.add(Amount.basisItem("contents[" + drug + "].concentration", c)));
        basis.add(Amount.basisItem("derived." + drug + ".basalDailyDose", basalDaily));
        basis.add(Amount.basisItem("derived." + drug + ".maxDailyDoseWithAllBoluses", maxDaily));
        startingMultiple()
                .filter(m -> startingDose && isBasalAboveStartingRange())
                .ifPresent(m -> basis.add(new BasisItem(
                        "derived." + drug + ".multipleOfStartingRangeTop", m.toPlainString(), Optional.empty())));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new ArrayList<>();
        library.ifPresent(l -> {
            l.maxConcentration().ifPresent(m -> figures.add(limit("library." + drug + ".maxConcentration", m)));
            l.maxDailyDose().ifPresent(m -> figures.add(limit("library." + drug + ".maxDailyDose", m)));
            l.startingDailyDose().ifPresent(r -> {
                figures.add(GovernedFigure.of(
                        "library." + drug + ".startingDailyDose.low", r.low(), r.verification(), r.citations()));
                figures.add(GovernedFigure.of(
                        "library." + drug + ".startingDailyDose.high", r.high(), r.verification(), r.citations()));
            });
            figures.add(limit("library." + drug + ".implausibleDailyDose", l.implausibleDailyDose()));
        });
        return figures;
    }

    private static GovernedFigure limit(String key, Limit l) {
        return GovernedFigure.of(key, l.value(), l.verification(), l.citations());
    }
}
