package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.idds.cds.dosing.PrescriptionCheckResult.Status;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.InvalidRulesetException;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * Dosing's status policy, wording and disclaimers are ruleset data ({@code dosing/outcomes.json}). The policy and
 * wording that were Java code up to ruleset 2026.12.2 are written out here once more, as the reference the legacy
 * copy (for the archived 2026.12.1 and 2026.12.2) must reproduce; the bundled wording counts the findings and stays
 * within 280 characters, and a file that could exceed that is refused at load.
 */
class DosingOutcomesTest {

    private static final RulesetLoader LOADER = Knowledge.loader();
    private static final RulesetSource BUNDLED = LOADER.bundled();
    private static final String FILE = "dosing/outcomes.json";

    /** PrescriptionEvaluation.status as it was in Java up to ruleset 2026.12.2. */
    private static Status javaStatus(Set<Severity> severities) {
        if (severities.contains(Severity.CRITICAL)) {
            return Status.DO_NOT_USE_AS_WRITTEN;
        }
        return severities.contains(Severity.WARNING) ? Status.REVIEW_BEFORE_USE : Status.NO_CONCERNS_FOUND;
    }

    /** PrescriptionEvaluation.summary as it was in Java up to ruleset 2026.12.2. */
    private static String javaSummary(Status status, List<Severity> severities, List<String> summaries) {
        String head = switch (status) {
            case DO_NOT_USE_AS_WRITTEN -> "Do not use as written";
            case REVIEW_BEFORE_USE -> "Review before use";
            case NO_CONCERNS_FOUND -> "No concerns found by the rules (decision support: the prescriber decides)";
        };
        List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < severities.size(); i++) {
            if (severities.get(i) != Severity.INFO && !reasons.contains(summaries.get(i))) {
                reasons.add(summaries.get(i));
            }
        }
        return reasons.isEmpty() ? head + "." : head + ": " + String.join(" ", reasons);
    }

    private static Ruleset archivedLike(String version) {
        Ruleset ruleset = LOADER.load(BUNDLED.with(
                        RulesetSource.MANIFEST,
                        BUNDLED.file(RulesetSource.MANIFEST)
                                .orElseThrow()
                                .replace(", \"DOSING\": \"" + FILE + "\"", "")
                                .replaceAll("\"version\": \"[^\"]*\"", "\"version\": \"" + version + "\""))
                .without(FILE));
        assertTrue(ruleset.outcomes(Concern.DOSING).isEmpty(), "the edit must apply");
        return ruleset;
    }

    private static List<String> problemsWith(String outcomes) {
        try {
            LOADER.load(BUNDLED.with(FILE, outcomes));
            return List.of();
        } catch (InvalidRulesetException e) {
            return e.problems();
        }
    }

    @Test
    void everySetOfSeveritiesGetsTheStatusTheJavaCodeGaveUnderTheBundledAndTheLegacyPolicy() {
        StatusPolicy bundled = DosingOutcomes.of(LOADER.load(BUNDLED));
        StatusPolicy legacy = DosingOutcomes.of(archivedLike("2026.12.2"));
        for (int mask = 0; mask < 8; mask++) {
            Set<Severity> present = EnumSet.noneOf(Severity.class);
            for (Severity s : Severity.values()) {
                if ((mask & 1 << s.ordinal()) != 0) {
                    present.add(s);
                }
            }
            assertEquals(javaStatus(present), bundled.status(present), present.toString());
            assertEquals(javaStatus(present), legacy.status(present), present.toString());
        }
    }

    @Test
    void theLegacyCopyWordsTheStatusAsTheJavaCodeDidAndTheBundledWordingCountsTheFindings() {
        StatusPolicy legacy = DosingOutcomes.of(archivedLike("2026.12.1"));
        StatusPolicy bundled = DosingOutcomes.of(LOADER.load(BUNDLED));
        List<Severity> severities = List.of(Severity.CRITICAL, Severity.WARNING, Severity.WARNING, Severity.INFO);
        List<String> summaries = List.of("Too much.", "Review the rate.", "Review the rate.", "Monitor.");
        for (Status status : Status.values()) {
            List<Severity> s = status == Status.NO_CONCERNS_FOUND ? List.of(Severity.INFO) : severities;
            List<String> t = status == Status.NO_CONCERNS_FOUND ? List.of("Monitor.") : summaries;
            assertEquals(javaSummary(status, s, t), legacy.summary(status, s, t), status.name());
        }
        assertEquals(
                "Do not use as written: 1 critical finding and 2 findings to review, each shown below with its working"
                        + " and sources.",
                bundled.summary(Status.DO_NOT_USE_AS_WRITTEN, severities, summaries));
        assertEquals(
                "Review before use: 1 finding to review, each shown below with its working and sources.",
                bundled.summary(Status.REVIEW_BEFORE_USE, List.of(Severity.WARNING, Severity.INFO), summaries));
        assertTrue(legacy.disclaimer().startsWith("Decision support for the prescribing clinician"));
        assertEquals(legacy.disclaimer(), bundled.disclaimer());
        assertEquals(legacy.drugOptionsDisclaimer(), bundled.drugOptionsDisclaimer());
    }

    @Test
    void aTemplateThatCanExceed280CharactersOrListsEveryFindingsSummaryIsRefusedAtLoad() {
        String bundled = BUNDLED.file(FILE).orElseThrow();
        String listing = bundled.replace(
                "\"Review before use: {findingCounts}, each", "\"Review before use: {findingSummaries}, each");
        assertTrue(
                problemsWith(listing).stream()
                        .anyMatch(p -> p.contains(FILE) && p.contains("unknown placeholder {findingSummaries}")),
                problemsWith(listing).toString());
        String longer = bundled.replace(
                "each shown below with its working and sources.\",\n    \"REVIEW",
                "each shown below with its working and sources." + "x".repeat(200) + "\",\n    \"REVIEW");
        assertTrue(
                problemsWith(longer).stream().anyMatch(p -> p.contains(FILE) && p.contains("more than 280")),
                problemsWith(longer).toString());
        String noTotalRow = bundled.replace(",\n    {\"when\": {}, \"status\": \"NO_CONCERNS_FOUND\"}", "");
        assertTrue(
                problemsWith(noTotalRow).stream().anyMatch(p -> p.contains("no row gives a status")),
                problemsWith(noTotalRow).toString());
    }

    @Test
    void everyCalculationTextKeyTheCalculatorsNameHasATextAndATextNamesOnlyKnownVariables() {
        String bundled = BUNDLED.file(FILE).orElseThrow();
        assertEquals(List.of(), problemsWith(bundled));
        assertEquals(List.of(), DosingOutcomes.problems(archivedLike("2026.12.2")), "the legacy copy has every text");
        String noDailyDose = bundled.replace(
                "    \"dailyDose.{drug}\": {\"what\": \"Daily dose of {drug} at basal rate\", \"formula\": \"basal volume a"
                        + " day x concentration of {drug}\"},\n",
                "");
        assertTrue(
                problemsWith(noDailyDose).stream()
                        .anyMatch(p -> p.contains(FILE) && p.contains("no text for dailyDose.{drug}")),
                problemsWith(noDailyDose).toString());
        String unknown = bundled.replace("\"concentration of {drug}\"", "\"concentration of {medicine}\"");
        assertTrue(
                problemsWith(unknown).stream()
                        .anyMatch(p -> p.contains("terms.concentration.{drug}") && p.contains("[medicine]")),
                problemsWith(unknown).toString());
        String partsWithoutJoin = bundled.replace(", \"joinParts\": \"; \"", "");
        assertTrue(
                problemsWith(partsWithoutJoin).stream()
                        .anyMatch(p -> p.contains("calculations.labelRefillLimit.{drug}") && p.contains("[parts]")),
                problemsWith(partsWithoutJoin).toString());
        // an extra, more specific pattern would take over dailyDose.morphine's text: refused
        String takeover = bundled.replace(
                "    \"dailyDose.{drug}\": {\"what\"",
                "    \"dailyDose.m{rest}\": {\"what\": \"Daily dose\", \"formula\": \"none\"},\n"
                        + "    \"dailyDose.{drug}\": {\"what\"");
        assertTrue(
                problemsWith(takeover).stream()
                        .anyMatch(p -> p.contains("dailyDose.m{rest} is not a key the prescription check names")),
                problemsWith(takeover).toString());
    }

    @Test
    void everyFactNoteKeyTheFactsNameHasATextThatNamesOnlyTheValueAndItsArguments() {
        String bundled = BUNDLED.file(FILE).orElseThrow();
        String noBound = bundled.replace(
                "    \"startingDose.boundAtOme\": \"{value} (a bound, never a dose to prescribe)\",\n", "");
        assertTrue(
                problemsWith(noBound).stream()
                        .anyMatch(p -> p.contains("$.factNotes: no text for startingDose.boundAtOme")),
                problemsWith(noBound).toString());
        String unknown = bundled.replace("(not in the {device} labelling)", "(not in the {pump} labelling)");
        assertTrue(
                problemsWith(unknown).stream()
                        .anyMatch(p -> p.contains("factNotes.contents.notInDeviceLabelling") && p.contains("[pump]")),
                problemsWith(unknown).toString());
        // the legacy copy words each fact as the Java code did up to ruleset 2026.12.2
        JsonNode legacy;
        try (var in = DosingOutcomes.class.getResourceAsStream(DosingOutcomes.LEGACY)) {
            legacy = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode notes = legacy.path("factNotes");
        assertEquals(
                java.util.Optional.of("300 (a bound, never a dose to prescribe)"),
                org.idds.cds.ruleset.KeyedTemplates.render(
                        notes.path("startingDose.boundAtOme").asText(), java.util.Map.of("value", "300")));
        assertEquals(
                java.util.Optional.of("30 (above the highest labelled strength, 25 mg/mL)"),
                org.idds.cds.ruleset.KeyedTemplates.render(
                        notes.path("contents.aboveLabelledStrength").asText(),
                        java.util.Map.of("value", "30", "labelledMax", "25 mg/mL")));
        assertEquals(
                java.util.Optional.of("not given (above the highest labelled strength)"),
                org.idds.cds.ruleset.KeyedTemplates.render(
                        notes.path("contents.aboveLabelledStrength").asText(), java.util.Map.of("value", "not given")));
    }

    @Test
    void aRulesetWithDosingRulesAndNoDosingOutcomesFileIsRefusedUnlessMadeBeforeTheFileExisted() {
        InvalidRulesetException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidRulesetException.class, () -> archivedLike("2026.12.9"));
        assertTrue(
                refused.problems().stream().anyMatch(p -> p.contains("lists no outcomes file for DOSING")),
                refused.problems().toString());
    }
}
