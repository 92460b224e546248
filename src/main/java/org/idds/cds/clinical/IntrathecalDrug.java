package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Verification;

/**
 * One drug of the intrathecal drug library (the dosing model, in the style of an infusion-pump drug library): trial
 * bolus and starting daily ranges, maximum concentration and daily dose, titration limits, stability and refill limits,
 * each a governed figure with its verification and sources. {@code name} is the drug catalogue's generic name.
 *
 * <p>A consensus limit is soft ({@link Severity#WARNING}) by default, because approved products exceed some of them; a
 * limit is hard ({@link Severity#CRITICAL}) only where a label or the device makes a value unsafe or impossible.
 * Where no verified maximum exists, {@code noEstablishedMaximum} says so and no maximum is invented.
 * {@code implausibleDailyDose} is the plausibility ceiling: a dose above it is a likely unit error, never a dose.
 * {@code startingDailyDoseByOpioidStatus}: starting ranges by opioid status where a source gives them (may be empty).
 */
public record IntrathecalDrug(
        String name,
        Role role,
        Optional<DoseRange> trialBolus,
        Optional<DoseRange> startingDailyDose,
        Optional<Limit> maxConcentration,
        Optional<Limit> maxDailyDose,
        Optional<String> noEstablishedMaximum,
        Limit implausibleDailyDose,
        List<TitrationLimit> titration,
        List<RefillInterval> refillIntervals,
        List<Citation> citations,
        java.util.Map<String, DoseRange> startingDailyDoseByOpioidStatus) {

    public IntrathecalDrug {
        titration = List.copyOf(titration);
        refillIntervals = List.copyOf(refillIntervals);
        citations = List.copyOf(citations);
        startingDailyDoseByOpioidStatus = java.util.Map.copyOf(startingDailyDoseByOpioidStatus);
    }

    /** An entry whose starting range is the same for every opioid status. */
    public IntrathecalDrug(
            String name,
            Role role,
            Optional<DoseRange> trialBolus,
            Optional<DoseRange> startingDailyDose,
            Optional<Limit> maxConcentration,
            Optional<Limit> maxDailyDose,
            Optional<String> noEstablishedMaximum,
            Limit implausibleDailyDose,
            List<TitrationLimit> titration,
            List<RefillInterval> refillIntervals,
            List<Citation> citations) {
        this(
                name,
                role,
                trialBolus,
                startingDailyDose,
                maxConcentration,
                maxDailyDose,
                noEstablishedMaximum,
                implausibleDailyDose,
                titration,
                refillIntervals,
                citations,
                java.util.Map.of());
    }

    /**
     * The starting daily dose range for an opioid status ({@code OPIOID_NAIVE}, {@code OPIOID_TOLERANT}) where a source
     * gives one by status (intrathecal morphine: the Infumorph label), else empty.
     */
    public Optional<DoseRange> startingDailyDoseFor(String opioidStatus) {
        return Optional.ofNullable(startingDailyDoseByOpioidStatus.get(opioidStatus));
    }

    /** Pharmacological role in an intrathecal regimen. */
    public enum Role {
        OPIOID,
        LOCAL_ANAESTHETIC,
        ALPHA2_AGONIST,
        N_TYPE_CALCIUM_CHANNEL_BLOCKER,
        GABA_B_AGONIST
    }

    /** A governed figure used as a limit, with how hard it is and where it comes from. */
    public record Limit(
            Quantity value, Severity severity, Verification verification, String note, List<Citation> citations) {}

    /** A recommended range (trial bolus, starting daily dose), both ends in one unit. */
    public record DoseRange(
            Quantity low, Quantity high, Verification verification, String note, List<Citation> citations) {}

    /**
     * A titration limit: the largest increase per step ({@code maxIncrease}, an amount such as 2.4 ug/d for ziconotide)
     * and the shortest interval between steps ({@code minInterval}), either where the source gives it.
     */
    public record TitrationLimit(
            Optional<Quantity> maxIncrease,
            Optional<Quantity> minInterval,
            Verification verification,
            String note,
            List<Citation> citations) {}

    /**
     * The longest interval to the next refill under a condition (ziconotide: the first refill within 14 days; then 40
     * days diluted, 84 undiluted).
     */
    public record RefillInterval(
            Condition condition,
            Quantity maxInterval,
            Verification verification,
            String note,
            List<Citation> citations) {

        public enum Condition {
            FIRST_FILL,
            DILUTED,
            UNDILUTED,
            ANY
        }
    }
}
