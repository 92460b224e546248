package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.idds.cds.support.SiteRulesets;
import org.junit.jupiter.api.Test;

/**
 * How old a laboratory result may be before the procedure ships without a value (decision 0008: no source gives
 * one): the shipped ruleset says local policy decides (SAF-PR-026, a warning), and once a site sets the age a result
 * older than it is not current (SAF-PR-027) while a newer one passes.
 */
class LabAgeSetBySiteTest {

    private static final String KEY = "procedure.labs.maxAgeBeforeProcedure";
    private static final String SIX_WEEKS_OLD = Fixtures.text(
            "safety/procedure/cases/platelet-count-taken-six-weeks-before-a-catheter-trial-is-for-local-policy/"
                    + "request.json");

    @Test
    void aResultOlderThanTheSitesAgeIsNotCurrentAndTheShippedRulesetLeavesItToLocalPolicy() {
        RulesetLoader loader = Knowledge.loader();
        RulesetSource bundled = loader.bundled();
        Ruleset shipped = loader.load(bundled);
        Ruleset siteSet = loader.load(SiteRulesets.sourceWith(bundled, Map.of(KEY, "30")));
        RuleEngine engine = new RuleEngine();
        engine.compile(shipped);
        engine.compile(siteSet);
        ObjectMapper service = new ObjectMapper().findAndRegisterModules();
        ProcedureCheck old =
                org.idds.cds.safety.api.ProcedureCheckRequests.check(service, SIX_WEEKS_OLD, shipped.drugs());
        ProcedureCheck recent = org.idds.cds.safety.api.ProcedureCheckRequests.check(
                service, SIX_WEEKS_OLD.replace("2026-11-02", "2026-12-01"), shipped.drugs());
        assertEquals(List.of("SAF-PR-001", "SAF-PR-017", "SAF-PR-026"), fired(engine, shipped, old));
        assertEquals(List.of("SAF-PR-001", "SAF-PR-017", "SAF-PR-027"), fired(engine, siteSet, old));
        assertFalse(fired(engine, siteSet, recent).contains("SAF-PR-027"));
        assertFalse(fired(engine, siteSet, recent).contains("SAF-PR-026"));
    }

    private static List<String> fired(RuleEngine engine, Ruleset ruleset, ProcedureCheck check) {
        List<Object> facts =
                new ArrayList<>(ruleset.parameters(org.idds.cds.kernel.Concern.SAFETY)); // as the service gives them
        facts.addAll(check.facts());
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .filter(id ->
                        id.startsWith("SAF-PR-")) // the respiratory topic's monitoring of a trial is not this test's
                .sorted()
                .toList();
    }
}
