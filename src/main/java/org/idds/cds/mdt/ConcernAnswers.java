package org.idds.cds.mdt;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.dosing.PrescriptionCheckResult.DosingFindingView;
import org.idds.cds.ruleset.EvidenceViews.CitationView;
import org.idds.cds.ruleset.EvidenceViews.FigureView;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.Views.Recommendation;

/**
 * The adapters from each concern's answer to the findings the composition merges. Today they read the concerns'
 * format-1 answers ({@code Views.Recommendation}, {@code DosingFindingView}); when the concerns answer in the shared
 * format-2 finding, these methods become a field-for-field copy and nothing else in this package changes. The drug
 * options have no rule findings: their outcome is the lines themselves.
 */
public final class ConcernAnswers {

    private ConcernAnswers() {}

    /** The governed statement key a rule names, if any ({@code "statement"} in its rules.json entry). */
    public interface StatementKeys extends Function<String, Optional<String>> {
        StatementKeys NONE = rule -> Optional.empty();
    }

    /** The candidacy assessment's findings (the recommendations it shows), in its own order. */
    public static List<ConcernFinding> candidacy(CandidacyAssessment answer, StatementKeys statements) {
        return answer.recommendations().stream()
                .map(r -> candidacy(r, statements))
                .toList();
    }

    private static ConcernFinding candidacy(Recommendation r, StatementKeys statements) {
        return new ConcernFinding(
                Section.CANDIDACY,
                r.ruleId(),
                r.ruleVersion(),
                r.concern(),
                r.topic(),
                r.severity(),
                r.summary(),
                figures(r.parameters()),
                citations(r.citations()),
                statements.apply(r.ruleId()));
    }

    /** The prescription check's findings, in its own order. */
    public static List<ConcernFinding> prescriptionCheck(PrescriptionCheckResult answer, StatementKeys statements) {
        return answer.findings().stream()
                .map(f -> prescriptionCheck(f, statements))
                .toList();
    }

    private static ConcernFinding prescriptionCheck(DosingFindingView f, StatementKeys statements) {
        return new ConcernFinding(
                Section.PRESCRIPTION_CHECK,
                f.ruleId(),
                f.ruleVersion(),
                f.concern(),
                f.topic(),
                f.severity(),
                f.summary(),
                figures(f.figures()),
                citations(f.citations()),
                statements.apply(f.ruleId()));
    }

    private static List<ConcernFinding.Figure> figures(List<FigureView> figures) {
        return figures.stream()
                .map(f -> new ConcernFinding.Figure(f.key(), f.value(), f.unit(), f.verified()))
                .toList();
    }

    private static List<ConcernFinding.CitationRef> citations(List<CitationView> citations) {
        return citations.stream()
                .map(c -> new ConcernFinding.CitationRef(c.source(), c.verified()))
                .distinct()
                .toList();
    }
}
