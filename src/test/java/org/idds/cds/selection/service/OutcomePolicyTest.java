package org.idds.cds.selection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;
import org.idds.cds.selection.DevicePlan;
import org.idds.cds.selection.Effect;
import org.idds.cds.selection.InputField;
import org.idds.cds.selection.OutcomePolicy;
import org.idds.cds.selection.ReferralCheckResult.ReferralOutcome;
import org.idds.cds.selection.Verdict;
import org.idds.cds.selection.Views;
import org.junit.jupiter.api.Test;

/**
 * Selection's outcome policy is ruleset data ({@code selection/outcomes.json}) evaluated by {@link OutcomePolicy}.
 * The aggregation and wording that were Java code up to ruleset 2026.11.0 are written out here once more, as the
 * reference both the bundled file and the legacy copy (for the archived 2026.11.0 ruleset) must reproduce.
 */
class OutcomePolicyTest {

    private static final RulesetLoader LOADER = org.idds.cds.support.Knowledge.loader();
    private static final RulesetSource BUNDLED = LOADER.bundled();

    private static OutcomePolicy bundled() {
        return OutcomesFile.of(LOADER.load(BUNDLED));
    }

    /** The bundled ruleset without its outcomes file: as the archived 2026.11.0 ruleset, it gets the legacy copy. */
    private static OutcomePolicy legacy() {
        Ruleset ruleset = LOADER.load(BUNDLED.with(
                        RulesetSource.MANIFEST,
                        BUNDLED.file(RulesetSource.MANIFEST)
                                .orElseThrow()
                                .replace("\"SELECTION\": \"selection/outcomes.json\", ", "")
                                .replaceAll("\"version\": \"[^\"]*\"", "\"version\": \"2026.11.0\""))
                .without("selection/outcomes.json"));
        assertTrue(ruleset.outcomes(Concern.SELECTION).isEmpty(), "the edit must apply");
        return OutcomesFile.of(ruleset);
    }

    /**
     * Effects added after the policy became data (issue 7): the legacy policy ignores them as the Java code did; the
     * bundled policy gives them their own verdicts (tested in {@code ProvisionalAndOutputTest}).
     */
    /** Verdict.from as it was in Java up to ruleset 2026.11.0. */
    private static Verdict javaVerdict(Collection<Effect> effects) {
        if (effects.contains(Effect.EXCLUDES) || effects.contains(Effect.CRITERION_NOT_MET)) {
            return Verdict.NOT_CANDIDATE;
        }
        if (effects.contains(Effect.DEFER)) {
            return Verdict.DEFER;
        }
        if (effects.contains(Effect.MISSING_REQUIRED) || !effects.contains(Effect.CRITERION_MET)) {
            return Verdict.INSUFFICIENT_INFORMATION;
        }
        return effects.contains(Effect.PRECAUTION) ? Verdict.CANDIDATE_WITH_PRECAUTIONS : Verdict.CANDIDATE;
    }

    /**
     * The bundled policy since issue 7: a finding for MDT judgement gives that verdict unless something stronger
     * (an exclusion, an unmet criterion, something to fix first, a missing required input) decides first. The legacy
     * policy never meets the effect (no archived rule emits it) and reads it as the Java code did.
     */
    private static Verdict bundledVerdict(Collection<Effect> effects) {
        Verdict java = javaVerdict(effects);
        if (effects.contains(Effect.MDT_JUDGEMENT)
                && !effects.contains(Effect.MISSING_REQUIRED)
                && java != Verdict.NOT_CANDIDATE
                && java != Verdict.DEFER) {
            return Verdict.MDT_JUDGEMENT;
        }
        return java;
    }

    @Test
    void theVerdictPolicyGivesTheVerdictTheJavaCodeGaveForEveryEffectSet() {
        OutcomePolicy legacyPolicy = legacy();
        OutcomePolicy bundled = bundled();
        for (OutcomePolicy policy : List.of(bundled, legacyPolicy)) {
            Effect[] effects = Effect.values();
            for (int mask = 0; mask < 1 << effects.length; mask++) {
                Set<Effect> set = EnumSet.noneOf(Effect.class);
                for (int i = 0; i < effects.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        set.add(effects[i]);
                    }
                }
                // the legacy policy reads every set as the Java code did; the bundled one (since 2026.12) lets an
                // implausible input decide first, then out of scope, then the Java order with MDT judgement in it; a
                // check to confirm never changes the verdict (it marks it provisional)
                Verdict expected = policy == legacyPolicy
                        ? javaVerdict(set)
                        : set.contains(Effect.IMPLAUSIBLE_INPUT)
                                ? Verdict.CHECK_INPUT
                                : set.contains(Effect.OUT_OF_SCOPE) ? Verdict.OUT_OF_SCOPE : bundledVerdict(set);
                assertEquals(expected, policy.verdict(set), (policy == legacyPolicy ? "legacy " : "bundled ") + set);
            }
        }
    }

    @Test
    void theReferralPolicyGivesTheOutcomeTheJavaCodeGave() {
        for (OutcomePolicy policy : List.of(bundled(), legacy())) {
            List<MissingInputRef> none = List.of();
            List<MissingInputRef> some = List.of(missing("pain.worstScore", true, "f1"));
            assertEquals(ReferralOutcome.NOT_ELIGIBLE_NOW, policy.referralOutcome(Verdict.NOT_CANDIDATE, some));
            assertEquals(ReferralOutcome.TREAT_FIRST_THEN_REFER, policy.referralOutcome(Verdict.DEFER, none));
            assertEquals(
                    ReferralOutcome.MORE_INFORMATION_NEEDED,
                    policy.referralOutcome(Verdict.INSUFFICIENT_INFORMATION, some));
            assertEquals(ReferralOutcome.REFER_TO_MDT, policy.referralOutcome(Verdict.INSUFFICIENT_INFORMATION, none));
            assertEquals(ReferralOutcome.REFER_TO_MDT, policy.referralOutcome(Verdict.CANDIDATE, some));
            assertEquals(
                    ReferralOutcome.REFER_TO_MDT, policy.referralOutcome(Verdict.CANDIDATE_WITH_PRECAUTIONS, none));
            assertEquals(ReferralOutcome.CHECK_INPUT, policy.referralOutcome(Verdict.CHECK_INPUT, some));
        }
    }

    @Test
    void summariesAreFilledInOnePassInAnswerOrderEachOnce() {
        OutcomePolicy policy = legacy(); // the bundled policy (2026.12.3) no longer puts findings' summaries in texts
        List<AnswerFinding> findings = List.of(
                finding("f1", Effect.PRECAUTION, "Hold apixaban {summaries}."),
                finding("f2", Effect.CRITERION_MET, "Refractory pain."),
                finding("f3", Effect.PRECAUTION, "Image the spine."),
                finding("f4", Effect.PRECAUTION, "Hold apixaban {summaries}."));
        assertEquals(
                "Candidate for intrathecal drug delivery, with precautions to manage: Hold apixaban {summaries}."
                        + " Image the spine.",
                policy.verdictSummary(Verdict.CANDIDATE_WITH_PRECAUTIONS, Optional.empty(), findings, List.of()));
        assertEquals(
                List.of("Hold apixaban {summaries}.", "Refractory pain.", "Image the spine."),
                bundled().reasons(ReferralOutcome.REFER_TO_MDT, findings, List.of()));
    }

    @Test
    void theBundledSummariesNameInputsByTheirLabelsAndSayHowManyMore() {
        OutcomePolicy policy = bundled();
        List<MissingInputRef> missing = List.of(
                missing("pain.worstScore", true, "f1"),
                missing("workUp.spinalImagingDone", false, "f2"),
                missing("medications", true, "f3"));
        assertEquals(
                "Insufficient information for a verdict; missing: worst pain score, current medications.",
                policy.verdictSummary(Verdict.INSUFFICIENT_INFORMATION, Optional.empty(), List.of(), missing));
        List<MissingInputRef> toConfirm = java.util.stream.Stream.of(
                        "labs.plateletCount", "labs.inr", "labs.aptt", "workUp.spinalImagingDate")
                .map(input -> new MissingInputRef(
                        input, "MDT", Views.MissingRole.CONFIRM_BEFORE_IMPLANT.name(), List.of("f1")))
                .toList();
        assertEquals(
                "Candidate for intrathecal drug delivery. Provisional until the MDT confirms platelet count, INR, aPTT"
                        + " and 1 more; device and trial planning wait until then.",
                policy.verdictSummary(Verdict.CANDIDATE, Optional.empty(), List.of(), toConfirm, true));
    }

    @Test
    void aTemplateThatCanPassTheLimitIsRefusedAtLoad() {
        OutcomePolicy full = bundled();
        var summaries = new java.util.EnumMap<Verdict, OutcomePolicy.VerdictText>(full.verdictSummaries());
        summaries.put(
                Verdict.NOT_CANDIDATE,
                new OutcomePolicy.VerdictText("Not a candidate now: {summaries}", Optional.empty(), List.of()));
        OutcomePolicy unbounded = new OutcomePolicy(
                full.verdictPolicy(),
                summaries,
                full.devicePlanPhrases(),
                full.noDevicePlan(),
                full.referralPolicy(),
                full.referralOutcomes(),
                full.disclaimer(),
                full.provisional(),
                full.devicePlanFor(),
                full.inputLabels(),
                full.inputList());
        assertTrue(
                unbounded.problems().stream()
                        .anyMatch(p -> p.startsWith("verdictSummaries.NOT_CANDIDATE: can be any number of characters")),
                unbounded.problems()::toString);
        OutcomePolicy tooMany = new OutcomePolicy(
                full.verdictPolicy(),
                full.verdictSummaries(),
                full.devicePlanPhrases(),
                full.noDevicePlan(),
                full.referralPolicy(),
                full.referralOutcomes(),
                full.disclaimer(),
                full.provisional(),
                full.devicePlanFor(),
                full.inputLabels(),
                Optional.of(new OutcomePolicy.InputList(9, " and {count} more")));
        assertTrue(
                tooMany.problems().stream().anyMatch(p -> p.contains("(at most 280)")), tooMany.problems()::toString);
        assertEquals(List.of(), full.problems());
    }

    @Test
    void insufficientInformationNamesTheRequiredMissingInputsOnly() {
        OutcomePolicy policy = legacy();
        List<MissingInputRef> missing = List.of(
                missing("pain.worstScore", true, "f1"),
                missing("workUp.spinalImagingDone", false, "f2"),
                missing("medications", true, "f3"));
        assertEquals(
                "Insufficient information for a verdict; missing: pain.worstScore, medications.",
                policy.verdictSummary(Verdict.INSUFFICIENT_INFORMATION, Optional.empty(), List.of(), missing));
        assertEquals(
                "Insufficient information for a verdict: no refractory-pain outcome was reached; the MDT must judge.",
                policy.verdictSummary(
                        Verdict.INSUFFICIENT_INFORMATION, Optional.empty(), List.of(), List.of(missing.get(1))));
        List<AnswerFinding> findings =
                List.of(finding("f1", Effect.MISSING_REQUIRED, "a"), finding("f9", Effect.MISSING_REQUIRED, "a"));
        assertEquals(
                List.of("a", "a"),
                policy.reasons(
                        ReferralOutcome.MORE_INFORMATION_NEEDED,
                        findings,
                        List.of(missing.get(0), missing("x", true, "f9"))),
                "the whys are listed in order and not de-duplicated");
    }

    @Test
    void theReferralTextCarriesTheDevicePhraseForReferrers() {
        OutcomePolicy policy = bundled();
        assertEquals(
                "From what you entered, this patient may benefit from an intrathecal pump. Please refer to the IDDS"
                        + " MDT.",
                policy.plainLanguage(ReferralOutcome.REFER_TO_MDT, Optional.of(DevicePlan.FULLY_IMPLANTED_PUMP)));
        assertEquals(
                "From what you entered, this patient may benefit from an intrathecal pump (an external or temporary"
                        + " system, given the prognosis). Please refer to the IDDS MDT.",
                policy.plainLanguage(ReferralOutcome.REFER_TO_MDT, Optional.of(DevicePlan.PERCUTANEOUS_CATHETER)));
    }

    @Test
    void aCaseNoRowMatchesIsAnErrorNeverADefault() {
        OutcomePolicy full = bundled();
        OutcomePolicy partial = new OutcomePolicy(
                full.verdictPolicy().subList(0, 1),
                full.verdictSummaries(),
                full.devicePlanPhrases(),
                full.noDevicePlan(),
                full.referralPolicy(),
                full.referralOutcomes(),
                full.disclaimer(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThrows(IllegalStateException.class, () -> partial.verdict(Set.of(Effect.CRITERION_MET)));
        assertTrue(partial.problems().get(0).startsWith("verdictPolicy: no row matches"), partial.problems()::toString);
    }

    @Test
    void everyOmeLineTextHasATemplateOfKnownVariables() {
        assertEquals(List.of(), OutcomesFile.problems(LOADER.load(BUNDLED)));
        List<String> problems = OutcomesFile.omeLineProblems(
                "selection/outcomes.json",
                new OutcomesFile.OmeLinesJson(
                        java.util.Map.of("counted", "{drug}: {dosage}", "counted.other", "{drug}"),
                        java.util.Map.of(
                                "factorVerification", java.util.Map.of("UNVERIFIED", "unverified {factor}"),
                                "verification", java.util.Map.of())));
        assertTrue(
                problems.contains("selection/outcomes.json $.omeLines.lines: no template for counted.sourcesDisagree"),
                problems::toString);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("counted: unknown variable {dosage}")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("counted.other: no OME line names")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("phrases.verification: unknown")), problems::toString);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("UNVERIFIED: a phrase has no variables")),
                problems::toString);
    }

    @Test
    void everyFactNoteHasAWordingOfKnownVariables() {
        List<String> problems = OutcomesFile.factNoteProblems(
                "selection/outcomes.json", java.util.Map.of("omeTotal.other", "{value} by {labels}"));
        assertTrue(
                problems.contains("selection/outcomes.json $.factNotes: no wording for omeTotal.factorsDisagree"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("omeTotal.other: no fact names")), problems::toString);
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("omeTotal.other: unknown variable {labels}")),
                problems::toString);
    }

    private static MissingInputRef missing(String input, boolean required, String findingId) {
        return new MissingInputRef(
                input,
                InputField.Stage.REFERRAL.name(),
                (required ? Views.MissingRole.REQUIRED : Views.MissingRole.ADVISORY).name(),
                List.of(findingId));
    }

    private static AnswerFinding finding(String id, Effect effect, String summary) {
        return new AnswerFinding(
                id,
                "SEL-XX-001",
                "1.0.0",
                Concern.SELECTION,
                "topic",
                "info",
                Optional.of(effect.name()),
                Optional.empty(),
                summary,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                false,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
