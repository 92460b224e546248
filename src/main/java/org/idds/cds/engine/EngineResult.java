package org.idds.cds.engine;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.Ruleset;

/**
 * Everything one evaluation produced, in firing order, and the work it took ({@link EvaluationWork}: counts, never
 * part of an answer).
 */
public record EngineResult(
        String rulesetVersion, List<FiredFinding> findings, List<String> firedRuleIds, EvaluationWork work) {

    public EngineResult {
        findings = List.copyOf(findings);
        firedRuleIds = List.copyOf(firedRuleIds);
    }

    /**
     * The findings in answer order, as every concern answers them: the worst severity first (critical, then warning,
     * then info; each fired rule's severity as {@code ruleset} governs it), by rule id within a severity.
     */
    public List<FiredFinding> inAnswerOrder(Ruleset ruleset) {
        return findings.stream()
                .sorted(Comparator.comparing(
                                (FiredFinding f) ->
                                        ruleset.firedRule(f.ruleId()).severity(),
                                Severity.WORST_FIRST)
                        .thenComparing(FiredFinding::ruleId))
                .toList();
    }

    /** The severities of the fired rules, as {@code ruleset} governs them: what a status policy reads. */
    public Set<Severity> severities(Ruleset ruleset) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        findings.forEach(f -> severities.add(ruleset.firedRule(f.ruleId()).severity()));
        return severities;
    }
}
