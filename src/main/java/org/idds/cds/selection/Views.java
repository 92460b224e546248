package org.idds.cds.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.EvidenceViews.CitationView;
import org.idds.cds.ruleset.EvidenceViews.FigureView;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;

/** The shapes an assessment is returned and stored in. Every recommendation carries its own basis and sources. */
public final class Views {

    private Views() {}

    public record Recommendation(
            UUID id,
            String ruleId,
            String ruleVersion,
            String ruleTitle,
            Concern concern,
            String topic,
            String severity,
            Effect effect,
            String summary,
            String detail,
            Optional<DevicePlan> devicePlan,
            List<CitationView> citations,
            List<BasisItem> basis,
            List<FigureView> parameters,
            List<String> unverifiedParameters,
            List<String> calculation) {}

    /** A criterion checked with all its inputs present that did not fire: why not, as well as what. */
    public record PertinentNegative(
            String ruleId, String ruleVersion, String criterion, String statement, List<BasisItem> basis) {}

    public record RuleRef(String ruleId, String title) {}

    /**
     * An input the answer depends on, the rules that need it, and whether the verdict waits for it: {@code role}
     * REQUIRED (decisive: no verdict without it), CONFIRM_BEFORE_IMPLANT (a check the MDT confirms before any trial
     * or implant: the verdict stands on what is known, provisionally) or ADVISORY (refines the plan).
     */
    public record MissingInputView(
            String input,
            InputField.Stage collectedAt,
            boolean required,
            List<RuleRef> neededBy,
            String why,
            MissingRole role) {}

    /** What a missing input means for the verdict. */
    public enum MissingRole {
        REQUIRED,
        CONFIRM_BEFORE_IMPLANT,
        ADVISORY
    }

    public record OmeLineView(
            String drug,
            String route,
            Optional<QuantityView> dailyDose,
            Optional<BigDecimal> factor,
            Optional<QuantityView> oralMorphineEquivalent,
            boolean factorVerified,
            String calculation,
            Optional<String> factorLabel,
            List<CitationView> factorSources,
            Optional<AlternativeFactorView> alternative,
            Optional<String> enteredAs) {}

    /** A medication named otherwise than by its catalogue generic name: what was typed and what it was read as. */
    public record MedicationNameView(String entered, String drug, String route) {}

    /** The other cited factor where sources disagree, the OME it gives and its sources. */
    public record AlternativeFactorView(
            String label,
            BigDecimal factor,
            QuantityView oralMorphineEquivalent,
            boolean factorVerified,
            List<CitationView> factorSources) {}

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
