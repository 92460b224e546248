package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.safety.api.FollowUpCheckRequests;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The monitoring period after a catheter revision or a pump replacement is a site figure without a default (decision
 * 0008): on the shipped ruleset a revision gets "local policy decides" (SAF-RD-004, warning); once a site sets the
 * period, SAF-RD-005 gives it (info) instead, with the figure's value, and respiratory-risk factors still raise it.
 */
class SiteSetRespiratoryMonitoringTest {

    private static final String PARAMETERS = "shared/parameters.json";
    private static final String PERIOD = "respiratoryMonitoring.afterChangeOrRevision";
    private static final String REVISION =
            Fixtures.text("safety/respiratory/cases/revision-of-a-morphine-pump-at-a-site"
                    + "-with-no-monitoring-period-is-for-local-policy/request.json");

    @Test
    void aRevisionIsLocalPolicyUntilTheSiteSetsAPeriod() throws Exception {
        RulesetLoader loader = Knowledge.loader();
        assertEquals(List.of("SAF-RD-004"), fired(loader.load(loader.bundled()), REVISION));
    }

    @Test
    void aPeriodTheSiteSetsIsGivenWithItsValue() throws Exception {
        Ruleset site = siteSet("24", "1");
        assertEquals(List.of("SAF-RD-005"), fired(site, REVISION));
        Parameter period = site.parameters(Concern.SAFETY).stream()
                .filter(p -> p.key().equals(PERIOD))
                .findFirst()
                .orElseThrow();
        assertEquals("24", period.value().toPlainString());
    }

    @Test
    void riskFactorsStillRaiseTheMonitoringAtASiteWithAPeriod() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = (ObjectNode) json.readTree(REVISION);
        ObjectNode risk = (ObjectNode) request.path("patient").path("respiratoryRisk");
        risk.putArray("concurrentMedications").add("clonazepam");
        risk.put("ageYears", 72);
        assertEquals(
                List.of("SAF-RD-005", "SAF-RD-010", "SAF-RD-011"),
                fired(siteSet("24", "2"), json.writeValueAsString(request)));
    }

    @Test
    void aRevisionOfAPumpWithoutAnOpioidRaisesNothingHere() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = (ObjectNode) json.readTree(REVISION);
        ObjectNode content = (ObjectNode) request.path("pump").path("contents").get(0);
        content.put("drug", "baclofen");
        ((ObjectNode) content.path("concentration")).put("value", 2).put("unit", "mg/mL");
        RulesetLoader loader = Knowledge.loader();
        assertEquals(List.of(), fired(loader.load(loader.bundled()), json.writeValueAsString(request)));
    }

    /** The bundled ruleset with the revision period set to {@code hours}, as version 2026.12.7-respiratory{n}. */
    private static Ruleset siteSet(String hours, String n) throws Exception {
        RulesetLoader loader = Knowledge.loader();
        RulesetSource bundled = loader.bundled();
        ObjectMapper json = new ObjectMapper();
        ObjectNode parameters =
                (ObjectNode) json.readTree(bundled.file(PARAMETERS).orElseThrow());
        for (var p : parameters.withArray("parameters")) {
            if (p.path("key").asText().equals(PERIOD)) {
                ((ObjectNode) p).remove("noDefault");
                ((ObjectNode) p).put("value", hours);
            }
        }
        return loader.load(bundled.with(PARAMETERS, json.writeValueAsString(parameters))
                .with(
                        RulesetSource.MANIFEST,
                        bundled.file(RulesetSource.MANIFEST)
                                .orElseThrow()
                                .replace("2026.12.7", "2026.12.7-respiratory" + n)));
    }

    /** The respiratory rules fired on the follow-up request (other topics' findings are not this test's). */
    private static List<String> fired(Ruleset ruleset, String request) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        FollowUpCheck check =
                FollowUpCheckRequests.check(new ObjectMapper().findAndRegisterModules(), request, ruleset);
        List<Object> facts = check.withParameters(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .filter(id -> id.startsWith("SAF-RD-"))
                .sorted()
                .toList();
    }
}
