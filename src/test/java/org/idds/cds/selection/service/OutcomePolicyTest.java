package org.idds.cds.selection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.idds.cds.kernel.Concern;
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
import org.idds.cds.selection.Views.MissingInputView;
import org.idds.cds.selection.Views.Recommendation;
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
            List<MissingInputView> none = List.of();
            List<MissingInputView> some = List.of(missing("pain.worstScore", true, "Needed for refractory pain."));
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
    void summariesAreFilledInOnePassInEngineOrderEachOnce() {
        OutcomePolicy policy = bundled();
        List<Recommendation> recommendations = List.of(
                recommendation(Effect.PRECAUTION, "Hold apixaban {summaries}."),
                recommendation(Effect.CRITERION_MET, "Refractory pain."),
                recommendation(Effect.PRECAUTION, "Image the spine."),
                recommendation(Effect.PRECAUTION, "Hold apixaban {summaries}."));
        assertEquals(
                "Candidate for intrathecal drug delivery with an external system (tunnelled catheter or port), not a"
                        + " fully implanted pump, with precautions to manage: Hold apixaban {summaries}. Image the"
                        + " spine.",
                policy.verdictSummary(
                        Verdict.CANDIDATE_WITH_PRECAUTIONS,
                        Optional.of(DevicePlan.EXTERNAL_SYSTEM),
                        recommendations,
                        List.of()));
        assertEquals(
                "Candidate for intrathecal drug delivery.",
                policy.verdictSummary(Verdict.CANDIDATE, Optional.empty(), recommendations, List.of()));
        assertEquals(
                List.of("Hold apixaban {summaries}.", "Refractory pain.", "Image the spine."),
                policy.reasons(ReferralOutcome.REFER_TO_MDT, recommendations, List.of()));
    }

    @Test
    void insufficientInformationNamesTheRequiredMissingInputsOnly() {
        OutcomePolicy policy = bundled();
        List<MissingInputView> missing = List.of(
                missing("pain.worstScore", true, "a"),
                missing("workUp.spinalImagingDone", false, "b"),
                missing("medications", true, "c"));
        assertEquals(
                "Insufficient information for a verdict; missing: pain.worstScore, medications.",
                policy.verdictSummary(Verdict.INSUFFICIENT_INFORMATION, Optional.empty(), List.of(), missing));
        assertEquals(
                "Insufficient information for a verdict: no refractory-pain outcome was reached; the MDT must judge.",
                policy.verdictSummary(
                        Verdict.INSUFFICIENT_INFORMATION, Optional.empty(), List.of(), List.of(missing.get(1))));
        assertEquals(
                List.of("a", "a"),
                policy.reasons(
                        ReferralOutcome.MORE_INFORMATION_NEEDED,
                        List.of(),
                        List.of(missing.get(0), missing("x", true, "a"))),
                "the whys are listed in order and not de-duplicated");
    }

    @Test
    void theReferralTextCarriesTheDevicePhraseForReferrers() {
        OutcomePolicy policy = bundled();
        assertEquals(
                "From what you entered, this patient may benefit from an intrathecal pump. Please refer to the IDDS"
                        + " multidisciplinary team; the list below is what they will need.",
                policy.plainLanguage(ReferralOutcome.REFER_TO_MDT, Optional.of(DevicePlan.FULLY_IMPLANTED_PUMP)));
        assertEquals(
                "From what you entered, this patient may benefit from an intrathecal pump (an external or temporary"
                        + " system, given the prognosis). Please refer to the IDDS multidisciplinary team; the list"
                        + " below is what they will need.",
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
                full.disclaimer());
        assertThrows(IllegalStateException.class, () -> partial.verdict(Set.of(Effect.CRITERION_MET)));
        assertTrue(partial.problems().get(0).startsWith("verdictPolicy: no row matches"), partial.problems()::toString);
    }

    private static MissingInputView missing(String input, boolean required, String why) {
        return new MissingInputView(
                input,
                InputField.Stage.REFERRAL,
                required,
                List.of(),
                why,
                required ? Views.MissingRole.REQUIRED : Views.MissingRole.ADVISORY);
    }

    private static Recommendation recommendation(Effect effect, String summary) {
        return new Recommendation(
                UUID.randomUUID(),
                "SEL-XX-001",
                "1.0.0",
                "title",
                Concern.SELECTION,
                "topic",
                "info",
                effect,
                summary,
                "detail",
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
