package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The HbA1c limit before implant surgery ships without a value (decision 0008: no guideline read sets one): the
 * shipped ruleset says local policy decides (SAF-IP-012, a warning). Once a site sets its limit in %, an HbA1c in %
 * above it is "glycaemic control first" (SAF-IP-013), one at or below it is neither; an HbA1c in mmol/mol is never
 * compared with a % limit (never converted): local policy still decides on it.
 */
class HbA1cLimitSetBySiteTest {

    private static final String PERCENT = "infectionBefore.hba1c.percent.siteLimit";
    private static final String HIGH_HBA1C = Fixtures.text("safety/infection-before/cases/"
            + "diabetes-with-a-high-hba1c-before-an-implant-needs-glycaemic-control-and-local-policy-decides/"
            + "request.json");

    @Test
    void anHbA1cAboveTheSitesLimitOnItsScaleIsGlycaemicControlFirstAndTheShippedRulesetLeavesItToLocalPolicy()
            throws Exception {
        RulesetLoader loader = Knowledge.loader();
        RulesetSource bundled = loader.bundled();
        Ruleset shipped = loader.load(bundled);
        Ruleset siteSet = loader.load(SiteRulesets.sourceWith(bundled, Map.of(PERCENT, "8.5")));
        RuleEngine engine = new RuleEngine();
        engine.compile(shipped);
        engine.compile(siteSet);
        ObjectMapper service = new ObjectMapper().findAndRegisterModules();
        ProcedureCheck high =
                org.idds.cds.safety.api.ProcedureCheckRequests.check(service, HIGH_HBA1C, shipped.drugs());
        ProcedureCheck atLimit = org.idds.cds.safety.api.ProcedureCheckRequests.check(
                service, HIGH_HBA1C.replace("9.4", "8.5"), shipped.drugs());
        ProcedureCheck ifcc = org.idds.cds.safety.api.ProcedureCheckRequests.check(
                service, HIGH_HBA1C.replace("9.4", "79").replace("\"%\"", "\"mmol/mol\""), shipped.drugs());
        assertEquals(hba1cRules("SAF-IP-012"), hba1cRules(fired(engine, shipped, high)));
        assertEquals(hba1cRules("SAF-IP-013"), hba1cRules(fired(engine, siteSet, high)));
        assertEquals(List.of(), hba1cRules(fired(engine, siteSet, atLimit)));
        assertEquals(hba1cRules("SAF-IP-012"), hba1cRules(fired(engine, siteSet, ifcc)));
    }

    private static List<String> hba1cRules(String... ids) {
        return List.of(ids);
    }

    private static List<String> hba1cRules(List<String> fired) {
        return fired.stream()
                .filter(id -> id.equals("SAF-IP-012") || id.equals("SAF-IP-013"))
                .toList();
    }

    private static List<String> fired(RuleEngine engine, Ruleset ruleset, ProcedureCheck check) {
        List<Object> facts = new ArrayList<>(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        facts.addAll(check.facts());
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .sorted()
                .toList();
    }
}
