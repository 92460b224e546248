package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        List<FiredFinding> fired = new ArrayList<>(result.findings());
        fired.sort(Comparator.comparing(
                        (FiredFinding f) -> ruleset.firedRule(f.ruleId()).severity(), Severity.WORST_FIRST)
                .thenComparing(FiredFinding::ruleId));
        List<AnswerFinding> findings = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            FiredFinding f = fired.get(i);
            findings.add(ruleset.firedFinding(
                    AnswerFinding.id(i), f.ruleId(), f.ruleVersion(), f.matchedFacts(), List.of(), facts));
        }
        return List.copyOf(findings);
    }

    /** The status by the ruleset's status policy ({@code dosing/outcomes.json}), from the findings' severities. */
    public PrescriptionCheckResult.Status status() {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        result.findings()
                .forEach(f ->
                        severities.add(ruleset.rule(f.ruleId()).orElseThrow().severity()));
        return DosingOutcomes.of(ruleset).status(severities);
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
