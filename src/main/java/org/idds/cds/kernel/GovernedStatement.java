package org.idds.cds.kernel;

import java.util.List;

/**
 * One clinical statement several rules and files rely on (for example "a history of psychosis rules out
 * ziconotide"), written once in the ruleset's shared statements file with its citations, and named by {@code key}
 * wherever it applies, so that it has one wording and one set of sources.
 */
public record GovernedStatement(String key, String text, List<Citation> citations) {

    public GovernedStatement {
        citations = List.copyOf(citations);
    }
}
