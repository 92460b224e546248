package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.Question;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each concern's rules form their own KieBase: an evaluation for one concern never fires another's rules. */
class ConcernIsolationTest {

    private static RuleEngine engine;
    private static Ruleset ruleset;

    @BeforeAll
    static void compile() {
        engine = new RuleEngine();
        var loader = Knowledge.loader();
        ruleset = loader.load(loader.bundled());
        engine.compile(ruleset);
    }

    @Test
    void selectionFactsFireSelectionRulesOnlyUnderSelection() {
        List<Object> facts = new ArrayList<>(ruleset.parameters());
        facts.add(new PainScore(8));
        facts.add(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, true));
        facts.add(new Answer(Question.SIDE_EFFECT_MANAGEMENT_TRIED, true));
        assertFalse(engine.evaluate(ruleset.version(), Concern.SELECTION, facts)
                .findings()
                .isEmpty());
        // the dosing, safety and trial KieBases hold only their own rules: selection facts fire nothing there
        for (Concern other : List.of(Concern.DOSING, Concern.SAFETY, Concern.TRIAL)) {
            assertTrue(
                    engine.evaluate(ruleset.version(), other, facts).findings().isEmpty(), other.name());
        }
    }
}
