package org.idds.cds.ruleset;

import java.util.List;

/**
 * A rule every citation of which names a superseded source: its evidence has newer editions ({@code newerSources})
 * that nobody has yet checked the rule against. Not a load failure: a list for governance to work through.
 */
public record RuleOnSupersededEvidence(String ruleId, List<String> supersededSources, List<String> newerSources) {

    public RuleOnSupersededEvidence {
        supersededSources = List.copyOf(supersededSources);
        newerSources = List.copyOf(newerSources);
    }
}
