package org.idds.cds.ruleset;

/**
 * Compiles a checked ruleset into something that can evaluate cases (the engine's KieBases). A port, so that this
 * package never imports Drools; the engine implements it.
 */
public interface RulesetCompiler {

    /** Compiles {@code ruleset}; refuses a version already compiled with other content. */
    void compile(Ruleset ruleset);
}
