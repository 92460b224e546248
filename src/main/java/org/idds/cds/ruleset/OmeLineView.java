package org.idds.cds.ruleset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.OmeLine;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;

/**
 * One systemic opioid's oral morphine equivalent as an answer shows it (a candidacy's opioid load, a prescription
 * check's systemic opioids): every number computed, the factor's sources by key ({@code citations}), no wording.
 * {@code figure}: the key of the governed figure the factor is ({@code /rulesets/{hash}/figures/{key}}: its label,
 * description and citations with their locators), when the line has a factor. {@code text}: the key of the template
 * in selection's outcomes file ({@code omeLines.lines}) that writes the line's calculation from these values (the full
 * view's {@code calculation}); {@code dose} and {@code dosesPerDay} when the dose is not a rate,
 * {@code dailyDoseInFactorUnit} when the factor's unit differs, {@code ceiling} when the dose is above the
 * plausibility ceiling, {@code doseAboveCeilingConfirmed} when the clinician confirmed such a dose.
 */
public record OmeLineView(
        String drug,
        String route,
        Optional<QuantityView> dose,
        Optional<BigDecimal> dosesPerDay,
        Optional<QuantityView> dailyDose,
        Optional<QuantityView> dailyDoseInFactorUnit,
        Optional<BigDecimal> factor,
        Optional<String> figure,
        Optional<QuantityView> oralMorphineEquivalent,
        boolean factorVerified,
        String text,
        Optional<QuantityView> ceiling,
        Optional<Boolean> doseAboveCeilingConfirmed,
        List<CitationRef> citations,
        Optional<AlternativeFactorView> alternative,
        Optional<String> enteredAs) {

    /**
     * The other cited factor where sources disagree (its governed figure by key: its label), the OME it gives and its
     * sources.
     */
    public record AlternativeFactorView(
            BigDecimal factor,
            String figure,
            QuantityView oralMorphineEquivalent,
            boolean factorVerified,
            List<CitationRef> citations) {}

    /** The view of one line of an OME calculation. */
    public static OmeLineView of(OmeLine l) {
        return new OmeLineView(
                l.drug(),
                l.route().code(),
                l.dosePerAdministration().map(QuantityView::of),
                l.dosesPerDay().map(OmeLineView::plain),
                l.dailyDose().map(QuantityView::of),
                l.dailyDoseInFactorUnit().map(QuantityView::of),
                l.factor(),
                l.factorFigure(),
                l.ome().map(QuantityView::of),
                l.factorVerification().map(v -> v == Verification.VERIFIED).orElse(false),
                l.text(),
                l.ceiling().map(QuantityView::of),
                l.doseAboveCeilingConfirmed() ? Optional.of(true) : Optional.empty(),
                CitationRef.of(l.factorCitations()),
                l.alternative()
                        .map(a -> new AlternativeFactorView(
                                a.factor(),
                                l.alternativeFigure().orElseThrow(),
                                QuantityView.of(a.ome()),
                                a.verification() == Verification.VERIFIED,
                                CitationRef.of(a.citations()))),
                l.enteredAs());
    }

    /** A number as the calculation shows it: trailing zeros dropped, never in exponent form. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
