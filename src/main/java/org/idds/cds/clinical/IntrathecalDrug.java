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
 * {@code labelStartingDailyDose}: the label's largest starting daily dose by opioid status where a label gives one.
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
        List<LabelStart> labelStartingDailyDose,
        Optional<MorphineRatio> intrathecalMorphineRatio) {

    public IntrathecalDrug {
        titration = List.copyOf(titration);
        refillIntervals = List.copyOf(refillIntervals);
        citations = List.copyOf(citations);
        labelStartingDailyDose = List.copyOf(labelStartingDailyDose);
    }

    /**
     * The label's largest starting daily dose for patients of an opioid status (Infumorph: 1 mg/d opioid-naive, 10
     * mg/d opioid-tolerant; ziconotide: 2.4 ug/d whatever the status, {@code ANY}).
     */
    public record LabelStart(
            StartStatus opioidStatus, Quantity max, Verification verification, String note, List<Citation> citations) {

        public enum StartStatus {
            OPIOID_NAIVE,
            OPIOID_TOLERANT,
            ANY
        }
    }

    /**
     * How many mg of intrathecal morphine one mg of this drug given intrathecally is taken to equal, as cited sources
     * give it ({@code low} to {@code high}; hydromorphone 2 to 6). A bound in intrathecal morphine becomes a bound in
     * this drug by dividing by {@code high}: the end that gives the lower, more cautious dose of this drug.
     */
    public record MorphineRatio(
            java.math.BigDecimal low,
            java.math.BigDecimal high,
            Verification verification,
            String note,
            List<Citation> citations) {}

    /** The label start that applies to a patient of this opioid status (its own, else one for any status). */
    public Optional<LabelStart> labelStartFor(StartStatusQuery status) {
        return labelStartingDailyDose.stream()
                .filter(l -> l.opioidStatus().name().equals(status.name()))
                .findFirst()
                .or(() -> labelStartingDailyDose.stream()
                        .filter(l -> l.opioidStatus() == LabelStart.StartStatus.ANY)
                        .findFirst());
    }

    /** The opioid status a label start is looked up for. */
    public enum StartStatusQuery {
        OPIOID_NAIVE,
        OPIOID_TOLERANT
    }

    /** Pharmacological role in an intrathecal regimen. */
    public enum Role {
        OPIOID,
        LOCAL_ANAESTHETIC,
        ALPHA2_AGONIST,
        N_TYPE_CALCIUM_CHANNEL_BLOCKER,
        GABA_B_AGONIST
    }

    /**
     * A governed figure used as a limit, with how hard it is and where it comes from; where cited sources give
     * different figures (the ziconotide maximum: US label 19.2, EU SmPC 21.6 ug/d), the named {@code sitePolicy} says
     * which one applies, and {@code value} is that one.
     */
    public record Limit(
            Quantity value,
            Severity severity,
            Verification verification,
            String note,
            List<Citation> citations,
            Optional<SitePolicy> sitePolicy) {

        public Limit {
            citations = List.copyOf(citations);
        }

        public Limit(
                Quantity value, Severity severity, Verification verification, String note, List<Citation> citations) {
            this(value, severity, verification, note, citations, Optional.empty());
        }

        /** A site policy choosing one of several cited figures: its name, the applied choice, why, and the options. */
        public record SitePolicy(String name, String applied, String text, List<PolicyOption> options) {

            public SitePolicy {
                options = List.copyOf(options);
            }

            public Optional<PolicyOption> appliedOption() {
                return options.stream().filter(o -> o.choice().equals(applied)).findFirst();
            }

            /** The policy in one sentence: each option with its figure, the applied one marked. */
            public String summary() {
                return "Site policy " + name + ": "
                        + String.join(
                                "; ",
                                options.stream()
                                        .map(o -> o.choice() + " "
                                                + o.value().value().toPlainString() + " "
                                                + o.value().unit().ucum()
                                                + (o.choice().equals(applied) ? " (applied)" : ""))
                                        .toList())
                        + ". " + text;
            }
        }

        /** One figure a site policy may choose, with its own sources. */
        public record PolicyOption(String choice, Quantity value, Verification verification, List<Citation> citations) {

            public PolicyOption {
                citations = List.copyOf(citations);
            }
        }
    }

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
     * days diluted, 84 undiluted). {@code suppliedConcentrations}, for {@code UNDILUTED}: the strengths the product is
     * supplied in; the drug counts as undiluted only when it is alone in the reservoir at one of them.
     */
    public record RefillInterval(
            Condition condition,
            Quantity maxInterval,
            Verification verification,
            String note,
            List<Citation> citations,
            List<Quantity> suppliedConcentrations) {

        public RefillInterval {
            citations = List.copyOf(citations);
            suppliedConcentrations = List.copyOf(suppliedConcentrations);
        }

        public RefillInterval(
                Condition condition,
                Quantity maxInterval,
                Verification verification,
                String note,
                List<Citation> citations) {
            this(condition, maxInterval, verification, note, citations, List.of());
        }

        public enum Condition {
            FIRST_FILL,
            DILUTED,
            UNDILUTED,
            ANY
        }
    }
}
