package org.idds.cds.engine;

import java.util.List;

/** Everything one evaluation produced, in firing order. */
public record EngineResult(String rulesetVersion, List<FiredFinding> findings, List<String> firedRuleIds) {

    public EngineResult {
        findings = List.copyOf(findings);
        firedRuleIds = List.copyOf(firedRuleIds);
    }
}
