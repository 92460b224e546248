package org.idds.cds.engine;

import java.util.List;

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
}
