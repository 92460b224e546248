package org.idds.cds.api;

/** No rule of the active ruleset has this id. */
final class RuleNotFoundException extends RuntimeException {
    RuleNotFoundException(String id) {
        super("no rule " + id);
    }
}
