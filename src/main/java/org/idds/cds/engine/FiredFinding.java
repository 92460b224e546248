package org.idds.cds.engine;

import java.util.List;
import org.idds.cds.domain.Finding;

/** A finding with the rule that produced it and the facts that rule matched. */
public record FiredFinding(String ruleId, String ruleVersion, Finding finding, List<Object> matchedFacts) {

    public FiredFinding {
        matchedFacts = List.copyOf(matchedFacts);
    }
}
