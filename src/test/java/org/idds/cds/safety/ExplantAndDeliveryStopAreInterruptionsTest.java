package org.idds.cds.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.safety.api.FollowUpCheckRequests;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 topic 5: an explant and a planned stop of delivery are interruptions of delivery like an empty reservoir,
 * so the same drug-specific rules (SAF-DS-001..003) fire for what the pump holds, without rules of their own; the
 * monitoring reminders belong to a refill or a visit, never to a stop; the same pump at a visit has no interruption.
 */
class ExplantAndDeliveryStopAreInterruptionsTest {

    private static final String REQUEST = """
            {"event": {"kind": "%s", "at": "2026-12-18T08:00:00+01:00"},
             "pump": {"deviceId": "synchromed-ii-40ml",
                      "contents": [{"drug": "morphine", "concentration": {"value": 10, "unit": "mg/mL"}},
                                   {"drug": "clonidine", "concentration": {"value": 150, "unit": "ug/mL"}},
                                   {"drug": "baclofen", "concentration": {"value": 500, "unit": "ug/mL"}}],
                      "basalVolume": {"value": 0.5, "unit": "mL/d"}}}
            """;
    private static final List<String> INTERRUPTION_RULES = List.of("SAF-DS-001", "SAF-DS-002", "SAF-DS-003");
    private static final List<String> REMINDERS = List.of("SAF-DS-011", "SAF-DS-013");

    private static Ruleset ruleset;
    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        RulesetLoader loader = Knowledge.loader();
        ruleset = loader.load(loader.bundled());
        engine = new RuleEngine();
        engine.compile(ruleset);
    }

    @Test
    void anExplantStopsDeliveryAndFiresTheInterruptionRulesOnly() {
        assertStops("EXPLANT", DeliveryInterruption.Cause.EXPLANT);
    }

    @Test
    void aPlannedStopOfDeliveryFiresTheSameRules() {
        assertStops("DELIVERY_STOP", DeliveryInterruption.Cause.PLANNED_STOP);
    }

    @Test
    void theSamePumpAtAVisitHasNoInterruptionAndGetsItsReminders() {
        List<Object> facts = facts("FOLLOW_UP_VISIT");
        assertTrue(interruption(facts).isEmpty(), "no interruption at a visit");
        List<String> fired = fired(facts);
        assertTrue(fired.containsAll(REMINDERS), fired.toString());
        assertTrue(fired.stream().noneMatch(INTERRUPTION_RULES::contains), fired.toString());
    }

    private static void assertStops(String kind, DeliveryInterruption.Cause cause) {
        List<Object> facts = facts(kind);
        assertEquals(
                Optional.of(Set.of(cause)), interruption(facts).map(DeliveryInterruption::causes), kind + " causes");
        List<String> fired = fired(facts);
        assertTrue(fired.containsAll(INTERRUPTION_RULES), kind + ": " + fired);
        assertTrue(fired.stream().noneMatch(REMINDERS::contains), kind + " has no visit reminder: " + fired);
    }

    private static Optional<DeliveryInterruption> interruption(List<Object> facts) {
        return facts.stream()
                .filter(DeliveryInterruption.class::isInstance)
                .map(DeliveryInterruption.class::cast)
                .findFirst();
    }

    private static List<Object> facts(String kind) {
        FollowUpCheck check = FollowUpCheckRequests.check(
                new ObjectMapper().findAndRegisterModules(), REQUEST.formatted(kind), ruleset);
        List<Object> facts = check.withParameters(ruleset.parameters(Concern.SAFETY)); // as the service gives them
        return facts;
    }

    private static List<String> fired(List<Object> facts) {
        return engine.evaluate(ruleset.version(), Concern.SAFETY, facts).findings().stream()
                .map(FiredFinding::ruleId)
                .sorted()
                .toList();
    }
}
