package org.idds.cds.selection;

import java.util.List;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;
import org.idds.cds.ruleset.OmeLineView;

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

    /** A medication named otherwise than by its catalogue generic name: what was typed and what it was read as. */
    public record MedicationNameView(String entered, String drug, String route) {}

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
