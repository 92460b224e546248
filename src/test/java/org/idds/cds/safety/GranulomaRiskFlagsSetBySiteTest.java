package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.safety.api.FollowUpCheckRequests;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.idds.cds.support.SiteRulesets;
import org.junit.jupiter.api.Test;

/**
 * The granuloma risk flags for long therapy and fast escalation (issue 17, topic 1; decision 0008): no source gives a
 * threshold for either, so the ruleset ships both without a value (each with its reason) and shows the patient's time
 * on therapy (SAF-GR-014) and yearly escalation (SAF-GR-015) as information, local policy deciding; once a site sets a
 * threshold the flag compares: 39 months on therapy against 24 flags (SAF-GR-012), against 48 does not; a doubled
 * dose (a rise of 1.0) against 0.5 flags (SAF-GR-013), against 1.5 does not. The information findings then stop.
 */
class GranulomaRiskFlagsSetBySiteTest {

    private static final String MONTHS = "granuloma.longTherapy.months";
    private static final String RISE = "granuloma.fastEscalation.yearlyRise";
    private static final String CASE = Fixtures.text("safety/granuloma/cases/long-therapy-and-a-doubled-yearly-dose-are"
            + "-shown-and-local-policy-decides-until-the-site-sets-thresholds/request.json");

    @Test
    void theShippedThresholdsHaveNoValueAndSayWhy() {
        RulesetLoader loader = Knowledge.loader();
        Ruleset ruleset = loader.load(loader.bundled());
        for (String key : List.of(MONTHS, RISE)) {
            Parameter p = ruleset.parameters(Concern.SAFETY).stream()
                    .filter(x -> x.key().equals(key))
                    .findFirst()
                    .orElseThrow();
            assertFalse(p.isSet(), key);
            assertTrue(p.noDefault().orElseThrow().contains("No source"), key);
        }
        assertEquals(List.of("SAF-GR-014", "SAF-GR-015"), fired(ruleset));
    }

    @Test
    void aSiteThresholdFlagsLongTherapyAndFastEscalationOnlyBeyondIt() throws Exception {
        assertEquals(List.of("SAF-GR-012", "SAF-GR-013"), fired(siteSet(Map.of(MONTHS, "24", RISE, "0.5"))));
        assertEquals(List.of(), fired(siteSet(Map.of(MONTHS, "48", RISE, "1.5"))));
        assertEquals(List.of("SAF-GR-012", "SAF-GR-015"), fired(siteSet(Map.of(MONTHS, "39"))));
    }

    /** The bundled ruleset with each key set to its value (its noDefault removed), as {@link SiteRulesets} makes it. */
    private static Ruleset siteSet(Map<String, String> values) {
        return SiteRulesets.bundledWith(values);
    }

    /** The long-therapy and escalation rules fired (SAF-GR-012..015), sorted. */
    private static List<String> fired(Ruleset ruleset) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        FollowUpCheck check = FollowUpCheckRequests.check(new ObjectMapper().findAndRegisterModules(), CASE, ruleset);
        List<Object> facts = check.withParameters(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .filter(id -> List.of("SAF-GR-012", "SAF-GR-013", "SAF-GR-014", "SAF-GR-015")
                        .contains(id))
                .sorted()
                .toList();
    }
}
