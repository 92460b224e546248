package org.idds.cds.support;

import java.util.List;
import org.idds.cds.engine.DrlLexerLiterals;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.selection.service.SelectionChecks;

/** The ruleset loader as the service builds it, for tests that load rulesets without the container. */
public final class Knowledge {

    private Knowledge() {}

    public static List<ConcernVocabulary> vocabularies() {
        return List.of(
                new SelectionChecks(),
                new org.idds.cds.dosing.DosingVocabulary(),
                new org.idds.cds.safety.SafetyVocabulary(),
                new org.idds.cds.trial.TrialVocabulary());
    }

    public static RulesetLoader loader() {
        return new RulesetLoader(new DrlLexerLiterals(), vocabularies());
    }
}
