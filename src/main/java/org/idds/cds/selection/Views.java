package org.idds.cds.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.EvidenceGrade;
import org.idds.cds.kernel.Quantity;

/** The shapes an assessment is returned and stored in. Every recommendation carries its own basis and sources. */
public final class Views {

    private Views() {}

    public record RulesetRef(String id, String version, String contentHash) {}

    public record QuantityView(BigDecimal value, String unit) {
        static QuantityView of(Quantity q) {
            return new QuantityView(q.rounded(), q.unit().ucum());
        }
    }

    /**
     * One citation as a clinician reads it: the source, where in it, the grade the source gives (if it gives one),
     * whether it was read there, and whether a newer edition of the source supersedes it.
     */
    public record CitationView(
            String source,
            String label,
            String locator,
            Optional<GradeView> grade,
            boolean verified,
            Optional<String> doi,
            Optional<SupersededView> supersededBy) {}

    /**
     * The source's grade of the cited statement, field by field in its grading system (absent fields: not stated),
     * and the same in one line ({@code summary}). {@code asWritten}: a free-text grade of an archived ruleset that
     * could not be read into the fields.
     */
    public record GradeView(
            Optional<String> system,
            Optional<String> level,
            Optional<String> grade,
            Optional<String> certainty,
            Optional<String> consensusStrength,
            Optional<String> asWritten,
            String summary) {
        static GradeView of(EvidenceGrade g) {
            return new GradeView(
                    g.system().map(Enum::name),
                    g.level(),
                    g.grade(),
                    g.certainty(),
                    g.consensusStrength(),
                    g.asWritten(),
                    g.summary());
        }
    }

    /**
     * The newer editions (source keys) that supersede a cited source, and one line to read; what they cover and what
     * was not re-checked against them is in the evidence catalogue ({@code GET /api/v1/evidence-sources}).
     */
    public record SupersededView(List<String> sources, String summary) {}

    /** A knowledge figure a recommendation relied on, with its provenance. */
    public record FigureView(
            String key,
            String value,
            Optional<String> unit,
            String description,
            boolean verified,
            List<CitationView> citations) {}

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
