package org.idds.cds.governance.api;

/** No rule of the active ruleset has this id. */
public final class RuleNotFoundException extends RuntimeException {
    RuleNotFoundException(String id) {
        super("no rule " + id);
    }
}
