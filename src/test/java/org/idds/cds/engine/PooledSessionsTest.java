package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.Question;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluations run in pooled sessions that are reset between uses: no fact, finding, listener or count of one
 * evaluation may reach the next, one after the other or at the same time.
 */
class PooledSessionsTest {

    private static RuleEngine engine;
    private static Ruleset ruleset;

    @BeforeAll
    static void compile() {
        engine = new RuleEngine();
        var loader = Knowledge.loader();
        ruleset = loader.load(loader.bundled());
        engine.compile(ruleset);
    }

    private static List<Object> withFacts(Object... facts) {
        List<Object> all = new ArrayList<>(ruleset.parameters());
        all.addAll(List.of(facts));
        return all;
    }

    private static List<Object> sideEffects() {
        return withFacts(
                new PainScore(8),
                new Answer(Question.INTOLERABLE_SIDE_EFFECTS, true),
                new Answer(Question.SIDE_EFFECT_MANAGEMENT_TRIED, true));
    }

    private static List<Object> painOnly() {
        return withFacts(new PainScore(3));
    }

    private static String outcome(List<Object> facts) {
        EngineResult result = engine.evaluate(ruleset.version(), Concern.SELECTION, facts);
        return result.firedRuleIds() + " " + result.findings().size() + " " + result.work();
    }

    @Test
    void aSessionUsedBeforeAnswersAsAFreshOne() {
        String sideEffectsFirst = outcome(sideEffects());
        String painOnlyFirst = outcome(painOnly());
        for (int i = 0; i < 5; i++) {
            assertEquals(sideEffectsFirst, outcome(sideEffects()), "side effects, round " + i);
            assertEquals(painOnlyFirst, outcome(painOnly()), "pain only, round " + i);
        }
    }

    @Test
    void concurrentEvaluationsNeverSeeEachOthersFacts() throws Exception {
        String sideEffects = outcome(sideEffects());
        String painOnly = outcome(painOnly());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                List<Object> facts = i % 2 == 0 ? sideEffects() : painOnly();
                results.add(threads.submit(() -> outcome(facts)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? sideEffects : painOnly, results.get(i).get(), "evaluation " + i);
            }
            assertNotEquals(sideEffects, painOnly, "the two evaluations differ");
        } finally {
            threads.shutdownNow();
        }
    }
}
