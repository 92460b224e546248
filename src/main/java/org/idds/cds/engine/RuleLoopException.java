package org.idds.cds.engine;

/** A ruleset kept firing past the firing limit: a rule loop, never a clinical answer. */
public final class RuleLoopException extends RuntimeException {
    public RuleLoopException(String version, int limit) {
        super("Ruleset " + version + " exceeded " + limit + " rule firings in one evaluation");
    }
}
