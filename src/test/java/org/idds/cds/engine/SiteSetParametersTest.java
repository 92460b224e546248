package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.ParameterNotSetException;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.InvalidRulesetException;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.selection.fact.PlateletCount;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * A parameter that ships without a value (the platelet threshold: no source read gives one) is never replaced by a
 * number: on the shipped ruleset a platelet count is shown with "local policy decides" (SEL-BR-006) and nothing is
 * deferred on it; once a site sets the threshold under its governance, a count below it defers (SEL-BR-005) and a
 * count at it does not. The loader refuses a parameter with neither value nor reason, or with both, and a rule that
 * reads such a parameter without saying whether it handles the set or the unset case.
 */
class SiteSetParametersTest {

    private static final String FILE = "selection/bleeding-risk/parameters.json";
    private static final String KEY = "bleedingRisk.plateletCount.min";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RulesetLoader loader = Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void theShippedPlateletThresholdHasNoValueAndLocalPolicyDecides() {
        Ruleset ruleset = loader.load(bundled);
        Parameter threshold = parameter(ruleset);
        assertFalse(threshold.isSet());
        assertTrue(threshold.noDefault().orElseThrow().contains("local policy decides"));
        assertEquals(List.of(), threshold.governedFigures());
        assertThrows(ParameterNotSetException.class, threshold::value);
        assertEquals(Set.of("SEL-BR-006"), bleedingRules(ruleset, "45"));
    }

    @Test
    void aSiteThatSetsTheThresholdDefersBelowItOnly() throws Exception {
        Ruleset site = loader.load(withThreshold("50"));
        assertTrue(parameter(site).isSet());
        assertEquals(Set.of("SEL-BR-005"), bleedingRules(site, "45"));
        assertEquals(Set.of("SEL-BR-005"), bleedingRules(site, "49.9"));
        assertEquals(Set.of(), bleedingRules(site, "50"));
        assertEquals(Set.of(), bleedingRules(site, "300"));
    }

    @Test
    void aParameterNeedsAValueOrAReasonForHavingNone() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        ((ObjectNode) root.path("parameters").get(0)).remove("noDefault");
        var e = assertThrows(
                InvalidRulesetException.class,
                () -> loader.load(
                        bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root))));
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
    }

    @Test
    void aRuleReadingAParameterWithoutAValueMustSayWhichCaseItHandles() {
        String drl = bundled.file("selection/bleeding-risk/BleedingRisk.drl").orElseThrow();
        String edited = drl.replace(
                "$min : Parameter(key == \"" + KEY + "\", set == true)", "$min : Parameter(key == \"" + KEY + "\")");
        var e = assertThrows(
                InvalidRulesetException.class,
                () -> loader.load(bundled.with("selection/bleeding-risk/BleedingRisk.drl", edited)));
        assertTrue(e.getMessage().contains("ships without a value: match set == true or set == false"), e.getMessage());
    }

    private RulesetSource withThreshold(String value) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        ObjectNode p = (ObjectNode) root.path("parameters").get(0);
        p.remove("noDefault");
        p.put("value", value);
        return bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static Parameter parameter(Ruleset ruleset) {
        return ruleset.parameters().stream()
                .filter(p -> p.key().equals(KEY))
                .findFirst()
                .orElseThrow();
    }

    /** The platelet rules that fire on a platelet count alone (in 10*9/L). */
    private static Set<String> bleedingRules(Ruleset ruleset, String count) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        List<Object> facts = new ArrayList<>(ruleset.parameters());
        facts.add(new PlateletCount(Quantity.of(count, Unit.PER_NANOLITRE)));
        return engine.evaluate(ruleset.version(), Concern.SELECTION, facts).findings().stream()
                .map(f -> f.ruleId())
                .filter(id -> id.equals("SEL-BR-005") || id.equals("SEL-BR-006"))
                .collect(Collectors.toSet());
    }
}
