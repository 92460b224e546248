package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.selection.Effect;
import org.idds.cds.selection.Finding;
import org.idds.cds.selection.InputField;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.MdtLoadJudgement;
import org.idds.cds.selection.fact.MissingInput;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.Question;
import org.junit.jupiter.api.Test;

/**
 * Every combination of pain score, opioid load (one total, or two where cited factors disagree; complete or a lower
 * bound), side-effect answer, side-effect management, the MDT's judgement of the load and whether comprehensive
 * management was tried (refractoriness by load is never silently assumed) gets a refractory-pain
 * outcome (met, not met, for MDT judgement or a named missing input), and never both met and not met, nor MDT
 * judgement beside a decided criterion: the verdict can always say why.
 */
class RefractoryRulesAreGuardCompleteTest {

    @Test
    void everyCombinationOfInputsGetsExactlyOneKindOfRefractoryOutcome() {
        RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
        Ruleset ruleset = loader.load(loader.bundled());
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);

        List<Optional<Integer>> scores =
                List.of(Optional.empty(), Optional.of(0), Optional.of(4), Optional.of(5), Optional.of(10));
        List<Optional<OpioidLoad>> loads = List.of(
                Optional.empty(),
                load("0", "0", true),
                load("199", "199", true),
                load("200", "200", true),
                load("50", "50", false),
                load("250", "250", false),
                // cited factors disagree: both below, across the threshold either way, both at or above
                load("150", "100", true),
                load("200", "150", true),
                load("150", "200", true),
                load("300", "200", true),
                load("200", "150", false),
                load("150", "100", false));
        List<Optional<Boolean>> answers = List.of(Optional.empty(), Optional.of(true), Optional.of(false));

        for (var score : scores) {
            for (var load : loads) {
                for (var sideEffect : answers) {
                    for (var managed : answers) {
                        for (var judgement : answers) {
                            for (var comprehensive : answers) {
                                List<Object> facts = new ArrayList<>(ruleset.parameters());
                                facts.add(score.<Object>map(PainScore::new)
                                        .orElse(new MissingInput(InputField.WORST_PAIN_SCORE)));
                                facts.add(load.<Object>map(l -> l).orElse(new MissingInput(InputField.MEDICATIONS)));
                                facts.add(answer(sideEffect, Question.INTOLERABLE_SIDE_EFFECTS));
                                facts.add(answer(managed, Question.SIDE_EFFECT_MANAGEMENT_TRIED));
                                facts.add(judgement
                                        .<Object>map(MdtLoadJudgement::new)
                                        .orElse(new MissingInput(InputField.MDT_LOAD_JUDGEMENT)));
                                facts.add(answer(comprehensive, Question.COMPREHENSIVE_MANAGEMENT_TRIED));
                                Set<Effect> effects = engine
                                        .evaluate(ruleset.version(), org.idds.cds.kernel.Concern.SELECTION, facts)
                                        .findings()
                                        .stream()
                                        .filter(f -> f.ruleId().startsWith("SEL-RP-"))
                                        .map(f -> f.as(Finding.class).effect())
                                        .collect(Collectors.toSet());
                                String combination = score + " / "
                                        + load.map(l -> l.omeMgPerDay() + "|" + l.alternativeOmeMgPerDay()
                                                + (l.complete() ? "" : " partial"))
                                        + " / side effects " + sideEffect + " / managed " + managed
                                        + " / MDT load judgement " + judgement + " / comprehensive management "
                                        + comprehensive;
                                assertFalse(effects.isEmpty(), "no refractory outcome for " + combination);
                                assertFalse(
                                        effects.contains(Effect.CRITERION_MET)
                                                && effects.contains(Effect.CRITERION_NOT_MET),
                                        "both met and not met for " + combination);
                                assertFalse(
                                        effects.contains(Effect.MDT_JUDGEMENT)
                                                && (effects.contains(Effect.CRITERION_MET)
                                                        || effects.contains(Effect.CRITERION_NOT_MET)),
                                        "MDT judgement beside a decided criterion for " + combination);
                                if (effects.contains(Effect.CRITERION_NOT_MET)) {
                                    assertTrue(
                                            !effects.contains(Effect.MISSING_REQUIRED),
                                            "not met and missing for " + combination);
                                }
                                // a score below the threshold is never "not refractory" while side effects are
                                // intolerable: that is for MDT judgement
                                if (score.isPresent()
                                        && score.orElseThrow() < 5
                                        && sideEffect.equals(Optional.of(true))) {
                                    assertEquals(Set.of(Effect.MDT_JUDGEMENT), effects, combination);
                                }
                                // a refractory-level load alone never makes pain refractory without confirming that
                                // comprehensive management was tried
                                boolean sideEffectRoute =
                                        sideEffect.equals(Optional.of(true)) && managed.equals(Optional.of(true));
                                if (comprehensive.isEmpty()
                                        && effects.contains(Effect.CRITERION_MET)
                                        && !sideEffectRoute) {
                                    assertTrue(effects.contains(Effect.MISSING_TO_CONFIRM), combination);
                                }
                                if (comprehensive.equals(Optional.of(false)) && !sideEffectRoute) {
                                    assertFalse(effects.contains(Effect.CRITERION_MET), combination);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static Object answer(Optional<Boolean> answer, Question question) {
        return answer.<Object>map(yes -> new Answer(question, yes)).orElse(new MissingInput(question.field()));
    }

    private static Optional<OpioidLoad> load(String mgPerDay, String alternativeMgPerDay, boolean complete) {
        return Optional.of(new OpioidLoad(
                new Quantity(new BigDecimal(mgPerDay), Unit.MG_PER_DAY),
                complete,
                List.of(),
                new Quantity(new BigDecimal(alternativeMgPerDay), Unit.MG_PER_DAY)));
    }
}
