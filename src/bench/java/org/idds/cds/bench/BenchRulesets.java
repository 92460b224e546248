package org.idds.cds.bench;

import java.util.List;
import org.idds.cds.dosing.DosingVocabulary;
import org.idds.cds.engine.DrlLexerLiterals;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.safety.SafetyVocabulary;
import org.idds.cds.selection.service.SelectionChecks;
import org.idds.cds.trial.TrialVocabulary;

/**
 * The rulesets as the service loads them: every concern's vocabulary checks the bundled ruleset (the service gets them
 * as CDI beans; a benchmark that left one out would refuse the ruleset, as the trial concern's arrival showed).
 */
public final class BenchRulesets {

    private BenchRulesets() {}

    public static List<ConcernVocabulary> vocabularies() {
        return List.of(new SelectionChecks(), new DosingVocabulary(), new SafetyVocabulary(), new TrialVocabulary());
    }

    public static Rulesets load(RuleEngine engine) {
        return new Rulesets(engine, new DrlLexerLiterals(), vocabularies());
    }
}
