package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.selection.Effect;
import org.idds.cds.selection.Finding;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine compiles each ruleset version into its own KieBase and holds several at once, so governance can
 * compare a candidate with the active ruleset and replay old assessments with the version they were made with.
 */
class RulesetVersionsTest {

    private static final RulesetLoader LOADER = org.idds.cds.support.Knowledge.loader();
    private static RuleEngine engine;
    private static Ruleset active;
    private static Ruleset candidate;

    @BeforeAll
    static void compileTwoVersions() {
        engine = new RuleEngine();
        RulesetSource bundled = LOADER.bundled();
        active = LOADER.load(bundled);
        engine.compile(active);
        // A candidate that lowers the refractory OME threshold from 200 to 100 mg/d.
        RulesetSource changed = bundled.with(
                        "ruleset.json",
                        bundled.file("ruleset.json").orElseThrow().replace(active.version(), "candidate-1"))
                .with(
                        "selection/refractory-pain/parameters.json",
                        bundled.file("selection/refractory-pain/parameters.json")
                                .orElseThrow()
                                .replace("\"value\": \"200\"", "\"value\": \"100\""));
        candidate = LOADER.load(changed);
        engine.compile(candidate);
    }

    @Test
    void bundledDrlCompilesIntoAKieBaseHoldingExactlyItsGovernedRules() {
        // a retired rule keeps its metadata and has no DRL rule
        assertEquals(
                active.rules().values().stream()
                        .filter(r -> r.status() != org.idds.cds.ruleset.RuleStatus.RETIRED)
                        .map(org.idds.cds.ruleset.RuleMetadata::id)
                        .collect(java.util.stream.Collectors.toSet()),
                engine.ruleIds(active.version()));
    }

    @Test
    void twoVersionsLiveSideBySideAndAnswerByTheirOwnKnowledge() {
        assertTrue(engine.versions().containsAll(List.of(active.version(), "candidate-1")));
        assertNotEquals(active.contentHash(), candidate.contentHash());

        Quantity ome = new Quantity(new java.math.BigDecimal("150"), Unit.MG_PER_DAY);
        List<String> underActive = refractoryRules(active, ome);
        List<String> underCandidate = refractoryRules(candidate, ome);
        assertEquals(List.of("SEL-RP-004"), underActive, "150 mg/d is below the active 200 mg/d threshold");
        assertEquals(List.of("SEL-RP-001"), underCandidate, "150 mg/d is above the candidate's 100 mg/d threshold");
    }

    @Test
    void aVersionCannotBeReusedForOtherContent() {
        RulesetSource bundled = LOADER.bundled();
        Ruleset sameVersionOtherContent = LOADER.load(bundled.with(
                "selection/refractory-pain/parameters.json",
                bundled.file("selection/refractory-pain/parameters.json")
                        .orElseThrow()
                        .replace("\"value\": \"200\"", "\"value\": \"150\"")));
        assertThrows(RulesetCompilationException.class, () -> engine.compile(sameVersionOtherContent));
    }

    @Test
    void evaluatingAnUnknownVersionIsANamedFailure() {
        assertThrows(
                UnknownRulesetVersionException.class,
                () -> engine.evaluate("no-such-version", org.idds.cds.kernel.Concern.SELECTION, List.of()));
    }

    @Test
    void firedFindingsCarryRuleIdVersionAndMatchedFacts() {
        List<Object> facts = new ArrayList<>(active.parameters());
        facts.add(new PainScore(8));
        facts.add(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, true));
        facts.add(new Answer(Question.SIDE_EFFECT_MANAGEMENT_TRIED, true));
        FiredFinding refractory =
                engine.evaluate(active.version(), org.idds.cds.kernel.Concern.SELECTION, facts).findings().stream()
                        .filter(f -> f.ruleId().equals("SEL-RP-002"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Effect.CRITERION_MET, refractory.as(Finding.class).effect());
        assertEquals("2.0.0", refractory.ruleVersion());
        assertTrue(refractory.matchedFacts().contains(new PainScore(8)));
        assertTrue(refractory.matchedFacts().contains(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, true)));
        assertTrue(refractory.matchedFacts().contains(new Answer(Question.SIDE_EFFECT_MANAGEMENT_TRIED, true)));
    }

    private static List<String> refractoryRules(Ruleset ruleset, Quantity ome) {
        List<Object> facts = new ArrayList<>(ruleset.parameters());
        facts.add(new PainScore(8));
        facts.add(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, false));
        facts.add(new OpioidLoad(ome, true, List.of()));
        return engine.evaluate(ruleset.version(), org.idds.cds.kernel.Concern.SELECTION, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .filter(id -> id.startsWith("SEL-RP-"))
                .toList();
    }
}
