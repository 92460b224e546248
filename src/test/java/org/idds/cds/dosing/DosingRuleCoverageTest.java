package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.support.CaseChecks;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * The dosing cases against the bundled ruleset ({@link CaseChecks}): every ACTIVE dosing rule fires in at least one
 * prescription case's committed snapshot and is covered by at least one case.json, and every case names only
 * existing rules and covers at least those of its expected findings. A rule no case exercises is a rule nobody has
 * seen work.
 */
class DosingRuleCoverageTest {

    @Test
    void everyActiveDosingRuleFiresInAtLeastOneCaseAndCasesNameOnlyExistingRules() {
        RulesetLoader loader = Knowledge.loader();
        var ruleset = loader.load(loader.bundled());
        assertEquals(List.of(), CaseChecks.problems(ruleset, Fixtures.all("dosing"), Concern.DOSING));
    }
}
