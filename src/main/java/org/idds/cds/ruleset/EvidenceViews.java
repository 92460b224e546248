package org.idds.cds.ruleset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceGrade;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Supersession;
import org.idds.cds.kernel.Verification;

/**
 * How governed knowledge is shown in every concern's answers: quantities,
 * citations (with the source's grade and whether it is superseded) and the figures a finding relied on. Built from a
 * ruleset, which resolves each citation's source.
 */
public final class EvidenceViews {

    private final Ruleset ruleset;

    public EvidenceViews(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    public record QuantityView(BigDecimal value, String unit) {
        public static QuantityView of(Quantity q) {
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
        public static GradeView of(EvidenceGrade g) {
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

    /** A figure with its provenance, as shown with a finding; its description is the ruleset's, found by key. */
    public FigureView figure(GovernedFigure f) {
        return new FigureView(
                f.key(),
                f.value(),
                f.unit(),
                ruleset.figures().description(f.key()).orElse(""),
                f.verification() == Verification.VERIFIED,
                citations(f.citations()));
    }

    /** Citations with their sources resolved in the ruleset. */
    public List<CitationView> citations(List<Citation> citations) {
        return citations.stream()
                .map(c -> {
                    var source = ruleset.source(c.sourceKey()).orElseThrow();
                    return new CitationView(
                            c.sourceKey(),
                            source.label(),
                            c.locator(),
                            c.grade().map(GradeView::of),
                            c.verification() == Verification.VERIFIED,
                            source.doi(),
                            source.supersededBy().map(this::superseded));
                })
                .toList();
    }

    private SupersededView superseded(Supersession by) {
        String newer = by.sources().stream()
                .map(key -> ruleset.source(key).map(EvidenceSource::label).orElse(key))
                .collect(Collectors.joining("; "));
        return new SupersededView(by.sources(), "superseded by " + newer);
    }
}
