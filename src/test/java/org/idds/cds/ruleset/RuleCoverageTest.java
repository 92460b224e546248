package org.idds.cds.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idds.cds.kernel.Concern;
import org.idds.cds.support.CaseChecks;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every concern's cases against the bundled ruleset ({@link CaseChecks}), one test for all: every ACTIVE rule of the
 * concern fires in at least one clinical case's committed snapshot and is covered by at least one case.json, every
 * case names only existing rules and covers at least those of its expected findings, and (selection, whose answers
 * show pertinent negatives) every rule with a {@code whenNotMet} text is a pertinent negative in at least one. Cases
 * sit beside their topic or among the concern's seed cases. A rule no case exercises is a rule nobody has seen work.
 */
class RuleCoverageTest {

    private static final RulesetLoader LOADER = Knowledge.loader();
    private static final Ruleset BUNDLED = LOADER.load(LOADER.bundled());

    /**
     * The concern-level cases: the seed cases end to end, and dosing's plain continuation without concerns.
     */
    private static final Map<Concern, List<String>> SEED_CASES = Map.of(
            Concern.SELECTION,
            List.of(
                    "seed000-case1-melanoma-apixaban-sinus-bleeding",
                    "seed000-case2-colon-cancer-high-systemic-opioids",
                    "seed000-case3-breast-cancer-spinal-metastases"),
            Concern.DOSING,
            List.of(
                    "plain-morphine-continuation-within-label-and-maxima-has-no-concerns",
                    "seed000-case1-at-implant-as-printed-synthetic",
                    "seed000-case1-months-later-with-systemic-hydromorphone"),
            Concern.SAFETY,
            List.of(
                    "seed000-case1-apixaban-with-a-dvt-before-implant",
                    "seed000-case1-refill-with-loss-of-analgesia-radicular-pain-and-more-left-than-expected"),
            Concern.TRIAL,
            List.of());

    private static String folder(Concern concern) {
        return concern.name().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @EnumSource(
            value = Concern.class,
            names = {"SELECTION", "DOSING", "SAFETY", "TRIAL"})
    void everyActiveRuleFiresInAtLeastOneCaseAndCasesNameOnlyExistingRules(Concern concern) {
        assertEquals(List.of(), CaseChecks.problems(BUNDLED, Fixtures.all(folder(concern)), concern));
    }

    @ParameterizedTest
    @EnumSource(
            value = Concern.class,
            names = {"SELECTION", "DOSING", "SAFETY", "TRIAL"})
    void everyCaseSitsBesideATopicOrAmongTheConcernsSeedCases(Concern concern) {
        Fixtures.all(folder(concern))
                .forEach(c -> assertEquals(
                        c.topic()
                                .map(topic -> topic + "/cases/" + c.name())
                                .orElse(folder(concern) + "/cases/" + c.name()),
                        c.path()));
        assertEquals(
                SEED_CASES.get(concern),
                Fixtures.all(folder(concern)).stream()
                        .filter(c -> c.topic().isEmpty())
                        .map(Fixtures.ClinicalCase::name)
                        .toList());
    }
}
