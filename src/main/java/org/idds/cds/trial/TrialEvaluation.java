package org.idds.cds.trial;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.clinical.trial.TrialProtocol;

/**
 * One intrathecal (or epidural) trial as recorded, to be evaluated: the protocol it followed (or only its method),
 * the drugs with dose and route, the pain before (baseline, 0-10) and at one or more time points after the dose, how
 * long the relief lasted, rescue medication, function where recorded, each adverse effect with its severity, why the
 * patient was referred, the opioid status, and for a referral for side effects the side-effect burden before and
 * during. Every optional part is "not recorded" when empty; nothing is assumed for it.
 */
public record TrialEvaluation(
        Optional<TrialProtocol> protocol,
        TrialMethod method,
        List<TrialDrugGiven> drugs,
        BigDecimal baselinePain,
        List<PainScore> painScores,
        Optional<BigDecimal> reliefHours,
        Optional<Rescue> rescue,
        Optional<FunctionRecorded> function,
        Optional<List<AdverseEffect>> adverseEffects,
        ReferralReason referralReason,
        TrialOpioidStatus opioidStatus,
        Optional<SideEffectBurden> sideEffectBurden) {

    public TrialEvaluation {
        drugs = List.copyOf(drugs);
        painScores = List.copyOf(painScores);
        adverseEffects = adverseEffects.map(List::copyOf);
        if (painScores.isEmpty()) {
            throw new TrialEvaluationException("painScores", "at least one pain score after the dose is needed");
        }
    }

    /** Rescue medication during the trial: given or not, and what (in the clinician's words). */
    public record Rescue(boolean given, Optional<String> what) {}

    /** The side-effect burden (0-10) before the trial and during it. */
    public record SideEffectBurden(BigDecimal before, BigDecimal during) {}

    /** The relief the trial is judged by (the best time point). */
    public TrialRelief relief() {
        return TrialRelief.best(baselinePain, painScores);
    }

    /** The side-effect reduction, for a referral for side effects with the burden recorded. */
    public Optional<SideEffectReduction> sideEffectReduction() {
        return referralReason == ReferralReason.INTOLERABLE_SIDE_EFFECTS
                ? sideEffectBurden.map(b -> SideEffectReduction.of(b.before(), b.during()))
                : Optional.empty();
    }

    /** The rule facts (the parameters are the service's to add). */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new Referral(referralReason));
        facts.add(relief());
        facts.addAll(drugs);
        function.ifPresent(facts::add);
        adverseEffects.ifPresent(facts::addAll);
        sideEffectReduction().ifPresent(facts::add);
        return facts;
    }
}
