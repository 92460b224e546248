package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.OmeCalculator;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.selection.Effect;
import org.idds.cds.selection.Finding;
import org.idds.cds.selection.InputField;
import org.idds.cds.selection.OutcomePolicy;
import org.idds.cds.selection.Verdict;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.MissingInput;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.Question;
import org.idds.cds.selection.service.OutcomesFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OME threshold at -1, = and +1 (read from the ruleset, so the grid follows the data): oral morphine (one
 * factor) and subcutaneous morphine (ANZCA FPM 3 vs UK 2, two totals), each cell's refractory outcome and the verdict
 * it gives on its own asserted. At or above the threshold under every cited factor is refractory; below it under
 * every factor is "not yet refractory by dose"; across it depending on the factor is for MDT judgement.
 */
class RefractoryOmeBoundaryGridTest {

    private static Ruleset ruleset;
    private static RuleEngine engine;
    private static OutcomePolicy policy;
    private static BigDecimal threshold;

    @BeforeAll
    static void load() {
        RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
        ruleset = loader.load(loader.bundled());
        engine = new RuleEngine();
        engine.compile(ruleset);
        policy = OutcomesFile.of(ruleset);
        threshold = ruleset.parameters().stream()
                .filter(p -> p.key().equals("refractory.ome.min"))
                .map(Parameter::value)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oralMorphineAtTheThresholdMinusOneEqualAndPlusOne() {
        assertEquals(Verdict.NOT_CANDIDATE, verdictFor(oral(threshold.subtract(BigDecimal.ONE))));
        assertEquals(Verdict.CANDIDATE, verdictFor(oral(threshold)));
        assertEquals(Verdict.CANDIDATE, verdictFor(oral(threshold.add(BigDecimal.ONE))));
    }

    @Test
    void twoCitedTotalsAroundTheThreshold() {
        BigDecimal below = threshold.subtract(BigDecimal.ONE);
        BigDecimal at = threshold;
        BigDecimal above = threshold.add(BigDecimal.ONE);
        // {first total, alternative total} -> verdict
        assertEquals(Verdict.NOT_CANDIDATE, verdictFor(load(below, below.subtract(BigDecimal.ONE))));
        assertEquals(Verdict.MDT_JUDGEMENT, verdictFor(load(at, below)));
        assertEquals(Verdict.MDT_JUDGEMENT, verdictFor(load(above, below)));
        assertEquals(Verdict.MDT_JUDGEMENT, verdictFor(load(below, at)));
        assertEquals(Verdict.CANDIDATE, verdictFor(load(above, at)));
        assertEquals(Verdict.CANDIDATE, verdictFor(load(at, above)));
    }

    @Test
    void subcutaneousMorphineComputedUnderBothFactorsAroundTheThreshold() {
        // ANZCA 3 and UK 2 per mg/d: doses putting the ANZCA total just below, at or just above the threshold
        // (to 0.01 mg/d of dose) put the UK one below it
        BigDecimal three = new BigDecimal("3");
        BigDecimal two = new BigDecimal("2");
        BigDecimal down = threshold.divide(three, 2, java.math.RoundingMode.DOWN);
        BigDecimal up = threshold.divide(three, 2, java.math.RoundingMode.UP);
        for (BigDecimal dose : List.of(down, up, up.add(BigDecimal.ONE))) {
            OpioidLoad load = subcutaneous(dose);
            BigDecimal anzca = dose.multiply(three);
            assertEquals(0, load.omeMgPerDay().compareTo(anzca));
            assertEquals(0, load.alternativeOmeMgPerDay().compareTo(dose.multiply(two)));
            assertEquals(
                    anzca.compareTo(threshold) < 0 ? Verdict.NOT_CANDIDATE : Verdict.MDT_JUDGEMENT,
                    verdictFor(load),
                    "morphine SC " + dose + " mg/d");
        }
        // and the UK total at threshold -1, = and +1: ANZCA is above, so only the UK total decides
        for (BigDecimal uk : List.of(threshold.subtract(two), threshold, threshold.add(two))) {
            BigDecimal dose = uk.divide(two);
            assertEquals(
                    uk.compareTo(threshold) < 0 ? Verdict.MDT_JUDGEMENT : Verdict.CANDIDATE,
                    verdictFor(subcutaneous(dose)),
                    "morphine SC " + dose + " mg/d");
        }
    }

    private static OpioidLoad oral(BigDecimal mgPerDay) {
        return new OmeCalculator(ruleset.drugs())
                .calculate(List.of(new Medication(
                        "morphine",
                        Route.ORAL,
                        java.util.Optional.of(new Quantity(mgPerDay, Unit.MG_PER_DAY)),
                        java.util.Optional.empty())));
    }

    private static OpioidLoad subcutaneous(BigDecimal mgPerDay) {
        return new OmeCalculator(ruleset.drugs())
                .calculate(List.of(new Medication(
                        "morphine",
                        Route.SUBCUTANEOUS,
                        java.util.Optional.of(new Quantity(mgPerDay, Unit.MG_PER_DAY)),
                        java.util.Optional.empty())));
    }

    private static OpioidLoad load(BigDecimal first, BigDecimal alternative) {
        return new OpioidLoad(
                new Quantity(first, Unit.MG_PER_DAY), true, List.of(), new Quantity(alternative, Unit.MG_PER_DAY));
    }

    /** Uncontrolled pain (worst 8/10), side effects tolerated, no MDT judgement of the load: the load decides. */
    private static Verdict verdictFor(OpioidLoad load) {
        List<Object> facts = new ArrayList<>(ruleset.parameters());
        facts.add(new PainScore(8));
        facts.add(load);
        facts.add(new Answer(Question.INTOLERABLE_SIDE_EFFECTS, false));
        facts.add(new MissingInput(InputField.SIDE_EFFECT_MANAGEMENT_TRIED));
        facts.add(new MissingInput(InputField.MDT_LOAD_JUDGEMENT));
        Set<Effect> effects = engine.evaluate(ruleset.version(), Concern.SELECTION, facts).findings().stream()
                .filter(f -> f.ruleId().startsWith("SEL-RP-"))
                .map(f -> f.as(Finding.class).effect())
                .collect(Collectors.toSet());
        return policy.verdict(effects);
    }
}
