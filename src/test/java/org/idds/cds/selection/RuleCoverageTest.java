package org.idds.cds.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Snapshots;
import org.junit.jupiter.api.Test;

/**
 * Every ACTIVE rule of the bundled ruleset fires in at least one clinical case's committed snapshot, every rule with
 * a {@code whenNotMet} text is shown as a pertinent negative in at least one, and every rule a case's expectations
 * name exists: a rule no case exercises is a rule nobody has seen work.
 */
class RuleCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyActiveRuleFiresInAtLeastOneCase() throws IOException {
        RulesetLoader loader = org.idds.cds.support.Knowledge.loader();
        var ruleset = loader.load(loader.bundled());
        Set<String> active = new TreeSet<>();
        ruleset.rules().values().stream()
                .filter(r -> r.status().name().equals("ACTIVE"))
                .forEach(r -> active.add(r.id()));
        Set<String> withWhenNotMet = new TreeSet<>();
        ruleset.rules().values().stream()
                .filter(r -> r.whenNotMet().isPresent())
                .forEach(r -> withWhenNotMet.add(r.id()));
        Set<String> shownAsNegative = new TreeSet<>();
        Set<String> fired = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (Fixtures.ClinicalCase c : Fixtures.all("selection")) {
            JsonNode snapshot =
                    Snapshots.read(c.folder()).orElseThrow(() -> new AssertionError(c.name() + " has no snapshot"));
            snapshot.path("recommendations")
                    .forEach(r -> fired.add(r.path("ruleId").asText()));
            snapshot.path("pertinentNegatives")
                    .forEach(n -> shownAsNegative.add(n.path("ruleId").asText()));
            c.then().path("findings").forEach(f -> named.add(f.path("ruleId").asText()));
            c.then().path("absentRules").forEach(f -> named.add(f.asText()));
            c.then().path("pertinentNegatives").forEach(f -> named.add(f.asText()));
        }
        Set<String> neverFired = new TreeSet<>(active);
        neverFired.removeAll(fired);
        assertEquals(Set.of(), neverFired, "ACTIVE rules that fire in no clinical case");
        Set<String> neverNegative = new TreeSet<>(withWhenNotMet);
        neverNegative.removeAll(shownAsNegative);
        assertEquals(Set.of(), neverNegative, "rules with a whenNotMet text shown as a pertinent negative in no case");
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(ruleset.rules().keySet());
        assertEquals(Set.of(), unknown, "cases name rules that do not exist");
    }
}
