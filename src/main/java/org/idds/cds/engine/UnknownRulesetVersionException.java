package org.idds.cds.engine;

/** An evaluation asked for a ruleset version the engine has not compiled. */
public final class UnknownRulesetVersionException extends RuntimeException {
    public UnknownRulesetVersionException(String version) {
        super("No compiled ruleset with version " + version);
    }
}
