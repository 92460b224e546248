package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.safety.api.FollowUpCheckRequests;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The refill figures a site sets (decision 0008): the shipped site margin of 0 mL judges the over-infusion case
 * against the pump's accuracy alone; a margin the site sets widens the tolerance (3 mL: 8 mL still beyond 4.5 + 3;
 * 5 mL: within 4.5 + 5, no finding); the monitoring time after a plain refill ships without a value (SAF-DE-020,
 * local policy decides) and once a site sets it SAF-DE-021 gives it instead. And the one seam where the volume a model
 * keeps is subtracted: the volume expected to be aspirated is the residual less it, never below 0 mL.
 */
class SiteSetRefillFiguresTest {

    private static final String PARAMETERS = "safety/device-events/parameters.json";
    private static final String OVER_INFUSION = Fixtures.text("safety/device-events/cases/refill-of-a-40-ml-fill-with"
            + "-2-ml-aspirated-where-10-ml-was-expected-at-a-site-that-set-no-margin-is-an-over-infusion/request.json");

    @Test
    void aSiteMarginWidensTheToleranceAndTheShippedMarginIsZero() throws Exception {
        assertEquals(List.of("SAF-DE-001", "SAF-DE-020"), fired(siteSet(FollowUpCheck.SITE_MARGIN, "0", "0")));
        assertEquals(List.of("SAF-DE-001", "SAF-DE-020"), fired(siteSet(FollowUpCheck.SITE_MARGIN, "3", "1")));
        assertEquals(List.of("SAF-DE-020"), fired(siteSet(FollowUpCheck.SITE_MARGIN, "5", "2")));
    }

    @Test
    void monitoringAfterAPlainRefillIsLocalPolicyUntilTheSiteSetsIt() throws Exception {
        assertEquals(
                List.of("SAF-DE-001", "SAF-DE-021"),
                fired(siteSet("deviceEvents.refill.monitoringAfterPlainRefill", "6", "3")));
    }

    @Test
    void theVolumeAModelKeepsIsSubtractedOnceAndNeverBelowZero() {
        assertEquals(
                0,
                RefillVolumes.aspirable(Measure.of(4, "mL"), Optional.empty()).compareQuantity(Measure.of(4, "mL")));
        assertEquals(
                0,
                RefillVolumes.aspirable(Measure.of(4, "mL"), Optional.of(Measure.of("2.4", "mL")))
                        .compareQuantity(Measure.of("1.6", "mL")));
        assertEquals(
                0,
                RefillVolumes.aspirable(Measure.of(2, "mL"), Optional.of(Measure.of("2.4", "mL")))
                        .compareQuantity(Measure.of(0, "mL")));
    }

    /** The bundled ruleset with {@code key} set to {@code value} (its noDefault removed), as version 2026.12.7-site{n}. */
    private static Ruleset siteSet(String key, String value, String n) throws Exception {
        RulesetLoader loader = Knowledge.loader();
        RulesetSource bundled = loader.bundled();
        ObjectMapper json = new ObjectMapper();
        ObjectNode parameters =
                (ObjectNode) json.readTree(bundled.file(PARAMETERS).orElseThrow());
        for (var p : parameters.withArray("parameters")) {
            if (p.path("key").asText().equals(key)) {
                ((ObjectNode) p).remove("noDefault");
                ((ObjectNode) p).put("value", value);
            }
        }
        return loader.load(bundled.with(PARAMETERS, json.writeValueAsString(parameters))
                .with(
                        RulesetSource.MANIFEST,
                        bundled.file(RulesetSource.MANIFEST).orElseThrow().replace("2026.12.7", "2026.12.7-site" + n)));
    }

    /** The device-events rules fired (other topics' reminders at a refill, such as SAF-GR-020, are not this test's). */
    private static List<String> fired(Ruleset ruleset) {
        RuleEngine engine = new RuleEngine();
        engine.compile(ruleset);
        FollowUpCheck check =
                FollowUpCheckRequests.check(new ObjectMapper().findAndRegisterModules(), OVER_INFUSION, ruleset);
        List<Object> facts = check.withParameters(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .filter(id -> id.startsWith("SAF-DE-"))
                .sorted()
                .toList();
    }
}
