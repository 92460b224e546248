package org.idds.cds.engine;

import java.util.List;
import org.idds.cds.kernel.RuleOutput;

/** A rule output with the rule that produced it and the facts that rule matched. */
public record FiredFinding(String ruleId, String ruleVersion, RuleOutput output, List<Object> matchedFacts) {

    public FiredFinding {
        matchedFacts = List.copyOf(matchedFacts);
    }

    /** The output as the concern's own finding type; a different type is a wiring error, not a clinical state. */
    public <T extends RuleOutput> T as(Class<T> type) {
        if (!type.isInstance(output)) {
            throw new IllegalStateException("Rule " + ruleId + " produced "
                    + output.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(output);
    }
}
