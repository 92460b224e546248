package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.kernel.GovernedStatement;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * "A history of psychosis rules out ziconotide" is one governed statement ({@code shared/statements.json}) with its
 * citations, named by selection's rule, dosing's rule and the PACC 2017 algorithm's contraindication; a name that
 * does not resolve stops the load naming the rule or the file.
 */
class GovernedStatementsTest {

    private static final String KEY = "ziconotide.contraindicatedWithPsychosisHistory";
    private static final RulesetLoader LOADER = Knowledge.loader();
    private static final RulesetSource BUNDLED = LOADER.bundled();

    @Test
    void selectionsRuleDosingsRuleAndTheDrugAlgorithmNameTheOneStatementAndCiteItsSources() {
        Ruleset ruleset = LOADER.load(BUNDLED);
        GovernedStatement statement = ruleset.statement(KEY).orElseThrow();
        for (String id : List.of("SEL-ZC-002", "DOS-DC-001", "TRI-PL-032", "TRI-PL-033")) {
            RuleMetadata rule = ruleset.rule(id).orElseThrow();
            assertEquals(Optional.of(KEY), rule.statement(), id);
            assertTrue(rule.citations().containsAll(statement.citations()), id);
        }
        DrugAlgorithm.Contraindication psychosis =
                ruleset.content().drugAlgorithm().orElseThrow().contraindications().stream()
                        .filter(c -> c.condition() == DrugAlgorithm.Condition.PSYCHOSIS_HISTORY)
                        .findFirst()
                        .orElseThrow();
        assertEquals(Optional.of(KEY), psychosis.statement());
        assertEquals(statement.citations(), psychosis.citations());
        assertEquals(
                List.of(
                        "SEL-ZC-002",
                        "DOS-DC-001",
                        "SAF-DE-020",
                        "SAF-DE-021",
                        "SAF-RD-004",
                        "SAF-RD-005",
                        "TRI-PL-032",
                        "TRI-PL-033"),
                ruleset.rules().values().stream()
                        .filter(r -> r.statement().isPresent())
                        .map(RuleMetadata::id)
                        .toList(),
                "besides the overdose-signs statement of the plain refill and the revision, and trial planning's ziconotide"
                        + " protocol (the same psychosis statement), no other rule names a statement");
    }

    @Test
    void aStatementKeyThatDoesNotResolveIsRefusedNamingTheRuleAndTheAlgorithmFile() {
        String rules = BUNDLED.file("dosing/drug-choice/rules.json").orElseThrow();
        String algorithm = BUNDLED.file("dosing/pacc-2017-algorithm.json").orElseThrow();
        InvalidRulesetException refused = assertThrows(
                InvalidRulesetException.class,
                () -> LOADER.load(BUNDLED.with("dosing/drug-choice/rules.json", rules.replace(KEY, "ziconotide.typo"))
                        .with("dosing/pacc-2017-algorithm.json", algorithm.replace(KEY, "ziconotide.typo"))));
        assertTrue(
                refused.problems().stream()
                        .anyMatch(p -> p.contains("rule DOS-DC-001 names statement ziconotide.typo")),
                refused.problems().toString());
        assertTrue(
                refused.problems().stream()
                        .anyMatch(p -> p.contains("dosing/pacc-2017-algorithm.json")
                                && p.contains("ziconotide.typo is not a governed statement")),
                refused.problems().toString());
    }

    @Test
    void aStatementWithoutACitationIsRefusedByItsSchema() {
        String statements = BUNDLED.file("shared/statements.json").orElseThrow();
        String uncited = statements.replaceAll("(?s)\"citations\": \\[.*?\\]\\s*\\}", "\"citations\": []}");
        InvalidRulesetException refused = assertThrows(
                InvalidRulesetException.class, () -> LOADER.load(BUNDLED.with("shared/statements.json", uncited)));
        assertTrue(
                refused.problems().stream().anyMatch(p -> p.contains("shared/statements.json")),
                refused.problems().toString());
    }
}
