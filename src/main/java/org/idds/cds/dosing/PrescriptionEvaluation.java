package org.idds.cds.dosing;

import java.util.List;
import java.util.Locale;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.ruleset.Ruleset;

/**
 * The rules' findings on a prescription turned into what the prescriber reads (findings in the shared shape of
 * format {@code idds-answer/2}), and the overall status.
 */
public record PrescriptionEvaluation(Ruleset ruleset, EngineResult result) {

    /**
     * The findings in answer order (critical first, then warning, then info; by rule id within a severity), ids
     * {@code f1}..{@code fn}, their facts added to {@code facts}.
     */
    public List<AnswerFinding> findings(AnswerFacts facts) {
        return FiredFinding.answered(
                result.inAnswerOrder(ruleset),
                (id, f) -> ruleset.firedFinding(id, f.ruleId(), f.ruleVersion(), f.matchedFacts(), List.of(), facts));
    }

    /** The status by the ruleset's status policy ({@code dosing/outcomes.json}), from the findings' severities. */
    public PrescriptionCheckResult.Status status() {
        return DosingOutcomes.of(ruleset).status(result.severities(ruleset));
    }

    /** The status in words, by the ruleset's wording; each finding's own summary stays in the finding. */
    public String summary(PrescriptionCheckResult.Status status, List<AnswerFinding> findings) {
        return DosingOutcomes.of(ruleset)
                .summary(
                        status,
                        findings.stream()
                                .map(f -> Severity.valueOf(f.severity().toUpperCase(Locale.ROOT)))
                                .toList(),
                        findings.stream().map(AnswerFinding::summary).toList());
    }

    /** The prescription check's disclaimer, ruleset text. */
    public String disclaimer() {
        return DosingOutcomes.of(ruleset).disclaimer();
    }
}
