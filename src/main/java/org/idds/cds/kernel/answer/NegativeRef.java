package org.idds.cds.kernel.answer;

import java.util.List;

/**
 * A criterion checked with all its inputs present that did not fire: the rule and the facts (keys into the answer's
 * {@code facts}) it was checked on. Its criterion and what its not firing means are ruleset text.
 */
public record NegativeRef(String rule, String ruleVersion, List<String> facts) {

    public NegativeRef {
        facts = List.copyOf(facts);
    }
}
