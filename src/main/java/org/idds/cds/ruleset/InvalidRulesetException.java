package org.idds.cds.ruleset;

import java.util.List;

/** A ruleset that fails its governance checks. Every problem is listed, not just the first. */
public final class InvalidRulesetException extends RuntimeException {

    private final List<String> problems;

    public InvalidRulesetException(List<String> problems) {
        super("Ruleset is not valid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
