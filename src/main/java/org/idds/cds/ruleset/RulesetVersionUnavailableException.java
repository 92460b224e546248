package org.idds.cds.ruleset;

/** A stored assessment was made with a ruleset version this service does not hold (or holds with other content). */
public final class RulesetVersionUnavailableException extends RuntimeException {
    public RulesetVersionUnavailableException(String version, String hash) {
        super("Ruleset " + version + " (" + hash + ") is not loaded in this service");
    }
}
