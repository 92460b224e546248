package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.InvalidRulesetException;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.selection.fact.PlateletCount;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * Platelets in two cited tiers (decision record 0008 as refined in issue 13): below 50 x 10^9/L defers (SEL-BR-005,
 * a blocking default with a cited figure), from 50 to below 80 haematology or the MDT decides (SEL-BR-006, a warning
 * at the most cautious cited figure), 80 and above clears (SEL-BR-016). Both figures are shipped defaults a site may
 * make stricter. The {@code noDefault} mechanism stays for figures no source gives: the loader refuses a parameter
 * with neither value nor reason, a shipped default without a value, and a rule that reads a parameter without a value
 * without saying whether it handles the set or the unset case.
 */
class SiteSetParametersTest {

    private static final String FILE = "selection/bleeding-risk/parameters.json";
    private static final String DEFER_BELOW = "bleedingRisk.plateletCount.deferBelow";
    private static final String CLEAR_AT = "bleedingRisk.plateletCount.clearAtOrAbove";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RulesetLoader loader = Knowledge.loader();
    private final RulesetSource bundled = loader.bundled();

    @Test
    void theShippedPlateletTiersAreCitedDefaultsAwaitingSignOff() {
        Ruleset ruleset = loader.load(bundled);
        Parameter defer = parameter(ruleset, DEFER_BELOW);
        Parameter clear = parameter(ruleset, CLEAR_AT);
        assertEquals(new BigDecimal("50"), defer.value());
        assertEquals(new BigDecimal("80"), clear.value());
        assertEquals(Verification.VERIFIED, defer.verification());
        assertTrue(defer.isShippedDefault());
        assertTrue(clear.isShippedDefault());
        assertTrue(
                defer.shippedDefault().orElseThrow().contains("blocks"),
                defer.shippedDefault().orElseThrow());
        assertTrue(defer.citations().stream().anyMatch(c -> c.sourceKey().equals("VAN_VEEN2010")));
        assertTrue(defer.citations().stream().anyMatch(c -> c.sourceKey().equals("SOAP2021_THROMBOCYTOPENIA")));
        assertFalse(parameter(ruleset, "refractory.ome.min").isShippedDefault());
    }

    @Test
    void plateletsDeferBelow50AreForHaematologyOrTheMdtFrom50To79AndClearFrom80() {
        Ruleset ruleset = loader.load(bundled);
        assertEquals(Set.of("SEL-BR-005"), plateletRules(ruleset, "15"));
        assertEquals(Set.of("SEL-BR-005"), plateletRules(ruleset, "49.9"));
        assertEquals(Set.of("SEL-BR-006"), plateletRules(ruleset, "50"));
        assertEquals(Set.of("SEL-BR-006"), plateletRules(ruleset, "60"));
        assertEquals(Set.of("SEL-BR-006"), plateletRules(ruleset, "79.9"));
        assertEquals(Set.of("SEL-BR-016"), plateletRules(ruleset, "80"));
        assertEquals(Set.of("SEL-BR-016"), plateletRules(ruleset, "300"));
    }

    @Test
    void aSiteMaySetAStricterFloor() throws Exception {
        Ruleset site = loader.load(withValue(DEFER_BELOW, "80"));
        assertEquals(Set.of("SEL-BR-005"), plateletRules(site, "60"));
        assertEquals(Set.of("SEL-BR-005"), plateletRules(site, "79.9"));
        assertEquals(Set.of("SEL-BR-016"), plateletRules(site, "80"));
    }

    @Test
    void aParameterNeedsAValueOrAReasonForHavingNone() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        ObjectNode p = (ObjectNode) root.path("parameters").get(0);
        p.remove("value");
        p.remove("shippedDefault");
        var e = assertThrows(
                InvalidRulesetException.class,
                () -> loader.load(
                        bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root))));
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
    }

    @Test
    void aShippedDefaultNeedsAValue() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        ObjectNode p = (ObjectNode) root.path("parameters").get(0);
        p.remove("value");
        p.put("noDefault", "each site sets it");
        var e = assertThrows(
                InvalidRulesetException.class,
                () -> loader.load(
                        bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root))));
        assertTrue(e.getMessage().contains("shipped default but ships without a value"), e.getMessage());
    }

    @Test
    void aRuleReadingAParameterWithoutAValueMustSayWhichCaseItHandles() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        ObjectNode p = (ObjectNode) root.path("parameters").get(0);
        p.remove("value");
        p.remove("shippedDefault");
        p.put("noDefault", "each site sets it; local policy decides until then");
        var e = assertThrows(
                InvalidRulesetException.class,
                () -> loader.load(
                        bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root))));
        assertTrue(e.getMessage().contains("ships without a value: match set == true or set == false"), e.getMessage());
    }

    private RulesetSource withValue(String key, String value) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(bundled.file(FILE).orElseThrow());
        root.path("parameters").forEach(node -> {
            if (node.path("key").asText().equals(key)) {
                ((ObjectNode) node).put("value", value);
            }
        });
        return bundled.with(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static Parameter parameter(Ruleset ruleset, String key) {
        return ruleset.parameters().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The platelet rules that fire on a platelet count alone (in 10*9/L). */
    private static Set<String> plateletRules(Ruleset ruleset, String count) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        List<Object> facts = new ArrayList<>(ruleset.parameters());
        facts.add(new PlateletCount(Quantity.of(count, Unit.PER_NANOLITRE)));
        return engine.evaluate(ruleset.version(), Concern.SELECTION, facts).findings().stream()
                .map(f -> f.ruleId())
                .filter(id -> Set.of("SEL-BR-005", "SEL-BR-006", "SEL-BR-016").contains(id))
                .collect(Collectors.toSet());
    }
}
