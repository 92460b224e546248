package org.idds.cds.mdt;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.kernel.answer.FigureRef;
import org.idds.cds.mdt.MdtCaseAnswer.Part;
import org.idds.cds.selection.CandidacyAssessment;

/**
 * The adapters from each concern's answer to the findings the composition merges: a field-for-field copy of the
 * shared format-2 finding ({@link AnswerFinding}) with the section it came from. The drug options have no rule
 * findings: their outcome is the lines themselves.
 */
public final class ConcernAnswers {

    private ConcernAnswers() {}

    /** The governed statement key a rule names, if any ({@code "statement"} in its rules.json entry). */
    public interface StatementKeys extends Function<String, Optional<String>> {
        StatementKeys NONE = rule -> Optional.empty();
    }

    /** The candidacy assessment's findings (the recommendations it shows), in its own order. */
    public static List<ConcernFinding> candidacy(
            CandidacyAssessment answer, StatementKeys statements, UnaryOperator<String> factKey) {
        return answer.findings().stream()
                .map(f -> finding(Section.CANDIDACY, f, statements, factKey))
                .toList();
    }

    /** The prescription check's findings, in its own order. */
    public static List<ConcernFinding> prescriptionCheck(
            PrescriptionCheckResult answer, StatementKeys statements, UnaryOperator<String> factKey) {
        return answer.findings().stream()
                .map(f -> finding(Section.PRESCRIPTION_CHECK, f, statements, factKey))
                .toList();
    }

    /**
     * A check's findings (the procedure check's, the follow-up check's, the trial evaluation's: each a section of its
     * own), in the check's own order.
     */
    public static List<ConcernFinding> section(
            Section section, List<AnswerFinding> findings, StatementKeys statements, UnaryOperator<String> factKey) {
        return findings.stream()
                .map(f -> finding(section, f, statements, factKey))
                .toList();
    }

    /** {@code factKey}: the key each of the concern's fact keys has in the composed answer's {@code facts}. */
    private static ConcernFinding finding(
            Section section, AnswerFinding f, StatementKeys statements, UnaryOperator<String> factKey) {
        return new ConcernFinding(
                section,
                new Part(f.rule(), f.ruleVersion(), f.concern(), f.topic(), f.severity(), f.summary()),
                figures(f.figures()),
                citations(f.citations()),
                f.statement().or(() -> statements.apply(f.rule())),
                f.facts().stream().map(factKey).toList(),
                f.unverified(),
                f.supersededSources());
    }

    private static List<ConcernFinding.Figure> figures(List<FigureRef> figures) {
        return figures.stream()
                .map(f -> new ConcernFinding.Figure(f.key(), f.value(), f.unit(), f.verified()))
                .toList();
    }

    private static List<ConcernFinding.CitationRef> citations(List<CitationRef> citations) {
        return citations.stream()
                .map(c -> new ConcernFinding.CitationRef(c.source(), c.verified()))
                .distinct()
                .toList();
    }
}
