package org.idds.cds.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.support.CaseChecks;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The selection cases against the bundled ruleset ({@link CaseChecks}): every ACTIVE rule fires in at least one
 * clinical case's committed snapshot and is covered by at least one case.json, every rule with a {@code whenNotMet}
 * text is shown as a pertinent negative in at least one, and every case names only existing rules and covers at
 * least those of its expected findings. A rule no case exercises is a rule nobody has seen work.
 */
class RuleCoverageTest {

    @Test
    void everyActiveRuleFiresInAtLeastOneCaseAndCasesNameOnlyExistingRules() {
        RulesetLoader loader = Knowledge.loader();
        var ruleset = loader.load(loader.bundled());
        assertEquals(List.of(), CaseChecks.problems(ruleset, Fixtures.all("selection")));
    }

    @Test
    void everyCaseSitsBesideATopicOrAmongTheConcernsSeedCases() {
        Fixtures.all("selection")
                .forEach(c -> assertEquals(
                        c.topic().map(topic -> topic + "/cases/" + c.name()).orElse("selection/cases/" + c.name()),
                        c.path()));
        assertEquals(
                List.of(
                        "seed000-case1-melanoma-apixaban-sinus-bleeding",
                        "seed000-case2-colon-cancer-high-systemic-opioids",
                        "seed000-case3-breast-cancer-spinal-metastases"),
                Fixtures.all("selection").stream()
                        .filter(c -> c.topic().isEmpty())
                        .map(Fixtures.ClinicalCase::name)
                        .toList());
    }
}
