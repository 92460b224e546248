package org.idds.cds.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;

/**
 * Selection's own parts of an answer in format {@code idds-answer/2}; findings, facts, pertinent negatives and missing
 * inputs are the shared parts ({@code kernel.answer}).
 */
public final class Views {

    private Views() {}

    /**
     * What a missing input means for the verdict: REQUIRED (decisive: no verdict without it), CONFIRM_BEFORE_IMPLANT (a
     * check the MDT confirms before any trial or implant: the verdict stands on what is known, provisionally) or
     * ADVISORY (refines the plan).
     */
    public enum MissingRole {
        REQUIRED,
        CONFIRM_BEFORE_IMPLANT,
        ADVISORY
    }

    /**
     * What a finding is besides a finding: it asks for a missing input, and it is a check to confirm before any trial
     * or implant.
     */
    public enum FindingRole {
        MISSING_INPUT,
        CONFIRM_BEFORE_IMPLANT
    }

    /**
     * One systemic opioid's oral morphine equivalent: every number computed, the factor's sources by key
     * ({@code citations}), no wording. {@code figure}: the key of the governed figure the factor is
     * ({@code /rulesets/{hash}/figures/{key}}: its label, description and citations with their locators), when the
     * line has a factor. {@code text}: the key of the template in selection's outcomes file ({@code omeLines.lines})
     * that writes the line's calculation from these values (the full view's {@code calculation}); {@code dose} and
     * {@code dosesPerDay} when the dose is not a rate, {@code dailyDoseInFactorUnit} when the factor's unit differs,
     * {@code ceiling} when the dose is above the plausibility ceiling, {@code doseAboveCeilingConfirmed} when the
     * clinician confirmed such a dose.
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
            Optional<String> enteredAs) {}

    /** A medication named otherwise than by its catalogue generic name: what was typed and what it was read as. */
    public record MedicationNameView(String entered, String drug, String route) {}

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

    /**
     * The total by the first-listed factors and, where cited sources disagree on a factor, the total by the
     * alternative ones (equal otherwise); the refractory rules compare both with the threshold.
     */
    public record OpioidLoadView(
            QuantityView totalOralMorphineEquivalent,
            boolean complete,
            List<OmeLineView> lines,
            QuantityView alternativeTotalOralMorphineEquivalent,
            boolean factorsDisagree) {}
}
