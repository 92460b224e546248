package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.idds.cds.domain.Effect;
import org.idds.cds.domain.Ruleset;
import org.idds.cds.domain.fact.Answer;
import org.idds.cds.domain.fact.PainScore;
import org.idds.cds.domain.fact.Question;
import org.idds.cds.knowledge.RulesetLoader;
import org.junit.jupiter.api.Test;

class BundledRulesetCompilesTest {

    @Test
    void bundledDrlCompilesIntoAKieBaseHoldingExactlyItsGovernedRules() {
        Ruleset ruleset = new RulesetLoader().load(new RulesetLoader().bundled());
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        assertEquals(ruleset.rules().keySet(), engine.ruleIds(ruleset.version()));

        List<Object> facts = new java.util.ArrayList<>(ruleset.parameters());
        facts.add(new PainScore(8));
        facts.add(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, true));
        EngineResult result = engine.evaluate(ruleset.version(), facts);
        FiredFinding refractory = result.findings().stream().filter(f -> f.ruleId().equals("SEL-RP-002")).findFirst().orElseThrow();
        assertEquals(Effect.CRITERION_MET, refractory.finding().effect());
        assertEquals("1.0.0", refractory.ruleVersion());
        assertTrue(refractory.matchedFacts().contains(new PainScore(8)));
    }
}
