package org.idds.cds.selection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.selection.ReferralCheckResult.ReferralOutcome;

/**
 * Selection's outcome policy as ruleset data ({@code rules/selection/outcomes.json}): how the effects of the findings
 * aggregate into a {@link Verdict}, the clinician-facing verdict summary, the referral outcome and its plain-language
 * text and reasons, and the disclaimer. The outcome enums stay in Java; what they mean to a reader and how they are
 * reached are ruleset content, so changing them is a ruleset version change.
 *
 * <p>Tables are tried in file order and the first row whose every condition holds wins; a case no row matches is an
 * error, never a default. {@link #problems()} proves at load that every effect set and every verdict with an empty
 * or non-empty list of inputs to provide is matched, and that every verdict, outcome and device plan has its text.
 *
 * <p>Templates take placeholders, replaced in one left-to-right pass (an inserted value is never scanned again):
 * {@code {summaries}} (the summaries of the findings whose effect is in {@code summariesOf}, in answer order,
 * each once, joined by one space), {@code {requiredMissingInputs}} (the required missing inputs, joined by ", ") and
 * {@code {devicePhrase}} (the device plan's phrase, used exactly as stored).
 *
 * <p>A policy with {@code inputLabels} (from ruleset 2026.12.3, answer format {@code idds-answer/2}) names inputs by
 * their clinical labels, never by path, at most {@code inputList.atMost} of them in one text (then how many more:
 * every one is in the answer's missing inputs), and every text it can make is at most {@value #MAX_TEXT} characters:
 * a template that can exceed it (or uses the unbounded {@code {summaries}}) is refused at load. A policy without labels
 * (an archived ruleset's) is read as it was written.
 */
public record OutcomePolicy(
        List<VerdictRow> verdictPolicy,
        Map<Verdict, VerdictText> verdictSummaries,
        Map<DevicePlan, DevicePhrase> devicePlanPhrases,
        DevicePhrase noDevicePlan,
        List<ReferralRow> referralPolicy,
        Map<ReferralOutcome, ReferralText> referralOutcomes,
        String disclaimer,
        Optional<Provisional> provisional,
        Optional<Set<Verdict>> devicePlanFor,
        Optional<Map<String, String>> inputLabels,
        Optional<InputList> inputList) {

    /** The longest text for people a policy with input labels may make: a summary, never truncated. */
    public static final int MAX_TEXT = 280;

    /** The role of a missing input that is required (no verdict without it). */
    public static final String REQUIRED = Views.MissingRole.REQUIRED.name();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    public OutcomePolicy {
        verdictPolicy = List.copyOf(verdictPolicy);
        verdictSummaries = Map.copyOf(verdictSummaries);
        devicePlanPhrases = Map.copyOf(devicePlanPhrases);
        referralPolicy = List.copyOf(referralPolicy);
        referralOutcomes = Map.copyOf(referralOutcomes);
        inputLabels = inputLabels.map(Map::copyOf);
    }

    /** How a list of inputs is put in a text: at most {@code atMost} labels, then {@code more} ({@code {count}}). */
    public record InputList(int atMost, String more) {}

    /**
     * When a verdict is provisional: one of {@code verdicts} given while an effect of {@code anyEffect} (a missing
     * check to confirm before implant) is present. The notes are appended to the verdict summary and the referral
     * text; {@code {confirmInputs}} becomes the inputs to confirm, joined by ", ".
     */
    public record Provisional(
            Set<Effect> anyEffect, Set<Verdict> verdicts, String inVerdictSummary, String inReferral) {}

    /** A verdict row: holds when the effects include one of {@code anyEffect} and none of {@code noEffect}. */
    public record VerdictRow(Optional<Set<Effect>> anyEffect, Optional<Set<Effect>> noEffect, Verdict verdict) {

        boolean matches(Set<Effect> effects) {
            return anyEffect
                            .map(any -> any.stream().anyMatch(effects::contains))
                            .orElse(true)
                    && noEffect.map(no -> no.stream().noneMatch(effects::contains))
                            .orElse(true);
        }
    }

    /**
     * A verdict's summary: {@code text}, or {@code textWhenRequiredInputsMissing} (where given) when a missing input
     * is required; {@code summariesOf} the effects whose findings fill {@code {summaries}}.
     */
    public record VerdictText(String text, Optional<String> textWhenRequiredInputsMissing, List<Effect> summariesOf) {}

    /** What {@code {devicePhrase}} becomes in a verdict summary and in a referral text. */
    public record DevicePhrase(String inVerdictSummary, String inReferral) {}

    /** A referral row: holds when the verdict is one of {@code verdicts} and the list to provide is (not) empty. */
    public record ReferralRow(
            Optional<Set<Verdict>> verdicts, Optional<Boolean> pleaseProvideEmpty, ReferralOutcome outcome) {

        boolean matches(Verdict verdict, boolean empty) {
            return verdicts.map(v -> v.contains(verdict)).orElse(true)
                    && pleaseProvideEmpty.map(e -> e == empty).orElse(true);
        }
    }

    /**
     * A referral outcome's plain-language text; its reasons are the summaries of the findings whose effect is
     * in {@code reasonsSummariesOf}, or, with {@code reasonsPleaseProvideWhy}, why each input to provide is needed.
     */
    public record ReferralText(String text, List<Effect> reasonsSummariesOf, boolean reasonsPleaseProvideWhy) {}

    /** The verdict for the effects of all fired findings. */
    public Verdict verdict(Collection<Effect> effects) {
        Set<Effect> set = effects.isEmpty() ? EnumSet.noneOf(Effect.class) : EnumSet.copyOf(effects);
        return verdictPolicy.stream()
                .filter(row -> row.matches(set))
                .map(VerdictRow::verdict)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no row of the verdict policy matches the effects " + set));
    }

    /** Whether the verdict is provisional: given on what is known while checks to confirm before implant are missing. */
    public boolean provisional(Verdict verdict, Collection<Effect> effects) {
        return provisional
                .map(p -> p.verdicts().contains(verdict) && effects.stream().anyMatch(p.anyEffect()::contains))
                .orElse(false);
    }

    /**
     * The device plan to show: none unless the verdict is one {@code devicePlanFor} names and it is not provisional
     * (a provisional verdict never feeds device or trial planning until its checks are confirmed). A policy without
     * {@code devicePlanFor} shows any plan (the legacy policy).
     */
    public Optional<DevicePlan> devicePlanShown(Verdict verdict, boolean provisional, Optional<DevicePlan> plan) {
        return devicePlanFor
                .map(verdicts -> verdicts.contains(verdict) && !provisional ? plan : Optional.<DevicePlan>empty())
                .orElse(plan);
    }

    /** The summary of a verdict, with the provisional note and the inputs to confirm when it is provisional. */
    public String verdictSummary(
            Verdict verdict,
            Optional<DevicePlan> device,
            List<AnswerFinding> findings,
            List<MissingInputRef> missing,
            boolean isProvisional) {
        String summary = verdictSummary(verdict, device, findings, missing);
        return isProvisional ? summary + provisionalNote(Provisional::inVerdictSummary, missing) : summary;
    }

    /** The referral text, with the provisional note and what the MDT will confirm when it is provisional. */
    public String plainLanguage(
            ReferralOutcome outcome,
            Optional<DevicePlan> device,
            boolean isProvisional,
            List<MissingInputRef> missing) {
        String text = plainLanguage(outcome, device);
        return isProvisional ? text + provisionalNote(Provisional::inReferral, missing) : text;
    }

    private String provisionalNote(
            java.util.function.Function<Provisional, String> which, List<MissingInputRef> missing) {
        return provisional
                .map(p -> fill(
                        which.apply(p),
                        Map.of(
                                "confirmInputs",
                                () -> inputs(missing.stream()
                                        .filter(m -> m.role().equals(Views.MissingRole.CONFIRM_BEFORE_IMPLANT.name()))
                                        .map(MissingInputRef::input)
                                        .toList()))))
                .orElse("");
    }

    /** The clinician-facing summary of a verdict. */
    public String verdictSummary(
            Verdict verdict, Optional<DevicePlan> device, List<AnswerFinding> findings, List<MissingInputRef> missing) {
        VerdictText text = required(verdictSummaries, verdict, "verdict summary");
        boolean requiredMissing = missing.stream().anyMatch(m -> m.role().equals(REQUIRED));
        String template = requiredMissing ? text.textWhenRequiredInputsMissing().orElse(text.text()) : text.text();
        return fill(
                template,
                Map.of(
                        "summaries", () -> summaries(findings, text.summariesOf()),
                        "requiredMissingInputs",
                                () -> inputs(missing.stream()
                                        .filter(m -> m.role().equals(REQUIRED))
                                        .map(MissingInputRef::input)
                                        .toList()),
                        "devicePhrase", () -> phrase(device).inVerdictSummary()));
    }

    /** The clinical label of an input path (the path itself under a policy without labels). */
    public String label(String input) {
        return inputLabels.map(labels -> labels.getOrDefault(input, input)).orElse(input);
    }

    /**
     * Inputs as a text names them: their labels joined by ", ", at most {@code inputList.atMost} of them and then how
     * many more (all of them, by path, under a policy without labels).
     */
    public String inputs(List<String> inputs) {
        List<String> labels = inputs.stream().map(this::label).toList();
        return inputList
                .filter(list -> labels.size() > list.atMost())
                .map(list -> String.join(", ", labels.subList(0, list.atMost()))
                        + fill(list.more(), Map.of("count", () -> String.valueOf(labels.size() - list.atMost()))))
                .orElse(String.join(", ", labels));
    }

    /** The referral outcome for a verdict and whether any required referral-stage input is still to provide. */
    public ReferralOutcome referralOutcome(Verdict verdict, List<?> pleaseProvide) {
        boolean empty = pleaseProvide.isEmpty();
        return referralPolicy.stream()
                .filter(row -> row.matches(verdict, empty))
                .map(ReferralRow::outcome)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no row of the referral policy matches verdict " + verdict
                        + (empty ? " with nothing to provide" : " with inputs to provide")));
    }

    /**
     * Why the referral outcome is what it is, in order: the summaries of the findings of the outcome's effects, or,
     * for each input to provide, the summaries of the findings that need it.
     */
    public List<String> reasons(
            ReferralOutcome outcome, List<AnswerFinding> findings, List<MissingInputRef> pleaseProvide) {
        ReferralText text = required(referralOutcomes, outcome, "referral text");
        if (text.reasonsPleaseProvideWhy()) {
            return pleaseProvide.stream()
                    .map(m -> findings.stream()
                            .filter(f -> m.findings().contains(f.id()))
                            .map(AnswerFinding::summary)
                            .distinct()
                            .collect(Collectors.joining(" ")))
                    .toList();
        }
        return findings.stream()
                .filter(f -> f.effect()
                        .map(e -> text.reasonsSummariesOf().contains(Effect.valueOf(e)))
                        .orElse(false))
                .map(AnswerFinding::summary)
                .distinct()
                .toList();
    }

    /** The referral outcome in plain language for the referrer. */
    public String plainLanguage(ReferralOutcome outcome, Optional<DevicePlan> device) {
        ReferralText text = required(referralOutcomes, outcome, "referral text");
        return fill(text.text(), Map.of("devicePhrase", () -> phrase(device).inReferral()));
    }

    /**
     * What makes this policy unusable, checked at load: an effect set no verdict row matches (all 2^n are tried), a
     * verdict with an empty or non-empty list to provide that no referral row matches, a verdict, referral outcome or
     * device plan without its text, a placeholder a template may not use.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Effect[] effects = Effect.values();
        List<Set<Effect>> unmatched = new ArrayList<>();
        for (int mask = 0; mask < 1 << effects.length; mask++) {
            Set<Effect> set = EnumSet.noneOf(Effect.class);
            for (int i = 0; i < effects.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(effects[i]);
                }
            }
            if (verdictPolicy.stream().noneMatch(row -> row.matches(set))) {
                unmatched.add(set);
            }
        }
        if (!unmatched.isEmpty()) {
            problems.add("verdictPolicy: no row matches " + unmatched.size() + " of the " + (1 << effects.length)
                    + " effect sets, for example " + unmatched.subList(0, Math.min(3, unmatched.size())));
        }
        for (Verdict verdict : Verdict.values()) {
            for (boolean empty : new boolean[] {true, false}) {
                if (referralPolicy.stream().noneMatch(row -> row.matches(verdict, empty))) {
                    problems.add(
                            "referralPolicy: no row matches verdict " + verdict + " with pleaseProvideEmpty " + empty);
                }
            }
            VerdictText text = verdictSummaries.get(verdict);
            if (text == null) {
                problems.add("verdictSummaries: no text for " + verdict);
            } else {
                placeholders(
                        "verdictSummaries." + verdict + ".text", text.text(), problems, "summaries", "devicePhrase");
                text.textWhenRequiredInputsMissing()
                        .ifPresent(t -> placeholders(
                                "verdictSummaries." + verdict + ".textWhenRequiredInputsMissing",
                                t,
                                problems,
                                "requiredMissingInputs"));
            }
        }
        for (ReferralOutcome outcome : ReferralOutcome.values()) {
            ReferralText text = referralOutcomes.get(outcome);
            if (text == null) {
                problems.add("referralOutcomes: no text for " + outcome);
            } else {
                placeholders("referralOutcomes." + outcome + ".text", text.text(), problems, "devicePhrase");
            }
        }
        for (DevicePlan plan : DevicePlan.values()) {
            if (!devicePlanPhrases.containsKey(plan)) {
                problems.add("devicePlanPhrases: no phrase for " + plan);
            }
        }
        provisional.ifPresent(p -> {
            placeholders("provisional.inVerdictSummary", p.inVerdictSummary(), problems, "confirmInputs");
            placeholders("provisional.inReferral", p.inReferral(), problems, "confirmInputs");
        });
        if (disclaimer == null || disclaimer.isBlank()) {
            problems.add("disclaimer: empty");
        }
        inputLabels.ifPresent(labels -> problems.addAll(boundProblems(labels)));
        return problems;
    }

    /**
     * For a policy with input labels: every input has a label, and no text can pass {@value #MAX_TEXT} characters
     * (each template's literal text plus the longest value each of its placeholders can take; {@code {summaries}}
     * has no bound). A provisional verdict shows no device plan where {@code devicePlanFor} is given, so its note is
     * added to the text without a device phrase.
     */
    private List<String> boundProblems(Map<String, String> labels) {
        List<String> problems = new ArrayList<>();
        for (InputField input : InputField.values()) {
            if (!labels.containsKey(input.path())) {
                problems.add("inputLabels: no label for " + input.path());
            }
        }
        for (String path : labels.keySet()) {
            if (java.util.Arrays.stream(InputField.values())
                    .noneMatch(i -> i.path().equals(path))) {
                problems.add("inputLabels: " + path + " is not an input");
            }
        }
        if (inputList.isEmpty()) {
            problems.add("inputList: missing (a file with input labels says how many a text names)");
            return problems;
        }
        int inputs = longestInputs(labels.values());
        int deviceSummary = devicePlanPhrases.values().stream()
                .mapToInt(p -> p.inVerdictSummary().length())
                .max()
                .orElse(0);
        int deviceReferral = devicePlanPhrases.values().stream()
                .mapToInt(p -> p.inReferral().length())
                .max()
                .orElse(0);
        Map<String, Integer> summaryValues = Map.of(
                "devicePhrase", deviceSummary,
                "requiredMissingInputs", inputs,
                "confirmInputs", inputs,
                "summaries", Integer.MAX_VALUE / 4);
        Map<String, Integer> summaryValuesWithoutDevice = new java.util.HashMap<>(summaryValues);
        summaryValuesWithoutDevice.put(
                "devicePhrase", noDevicePlan.inVerdictSummary().length());
        Map<String, Integer> referralValues =
                Map.of("devicePhrase", deviceReferral, "confirmInputs", inputs, "summaries", Integer.MAX_VALUE / 4);
        Map<String, Integer> referralValuesWithoutDevice = new java.util.HashMap<>(referralValues);
        referralValuesWithoutDevice.put(
                "devicePhrase", noDevicePlan.inReferral().length());
        int summaryNote = provisional
                .map(p -> longest(p.inVerdictSummary(), summaryValues))
                .orElse(0);
        int referralNote =
                provisional.map(p -> longest(p.inReferral(), referralValues)).orElse(0);
        boolean deviceHiddenWhenProvisional = devicePlanFor.isPresent();
        verdictSummaries.forEach((verdict, text) -> {
            boolean canBeProvisional =
                    provisional.map(p -> p.verdicts().contains(verdict)).orElse(false);
            for (String template : templates(text)) {
                int plain = longest(template, summaryValues);
                int withNote = canBeProvisional
                        ? longest(template, deviceHiddenWhenProvisional ? summaryValuesWithoutDevice : summaryValues)
                                + summaryNote
                        : 0;
                int most = Math.max(plain, withNote);
                if (most > MAX_TEXT) {
                    problems.add("verdictSummaries." + verdict + ": can be " + longText(most) + " characters (at most "
                            + MAX_TEXT + "): " + template);
                }
            }
        });
        referralOutcomes.forEach((outcome, text) -> {
            boolean canBeProvisional = provisional
                    .map(p -> referralPolicy.stream()
                            .anyMatch(row -> row.outcome() == outcome
                                    && row.verdicts()
                                            .map(v -> v.stream().anyMatch(p.verdicts()::contains))
                                            .orElse(true)))
                    .orElse(false);
            int plain = longest(text.text(), referralValues);
            int withNote = canBeProvisional
                    ? longest(text.text(), deviceHiddenWhenProvisional ? referralValuesWithoutDevice : referralValues)
                            + referralNote
                    : 0;
            int most = Math.max(plain, withNote);
            if (most > MAX_TEXT) {
                problems.add("referralOutcomes." + outcome + ": can be " + longText(most) + " characters (at most "
                        + MAX_TEXT + "): " + text.text());
            }
        });
        return problems;
    }

    private static List<String> templates(VerdictText text) {
        List<String> templates = new ArrayList<>(List.of(text.text()));
        text.textWhenRequiredInputsMissing().ifPresent(templates::add);
        return templates;
    }

    private static String longText(int length) {
        return length >= Integer.MAX_VALUE / 8 ? "any number of" : String.valueOf(length);
    }

    /** The longest list of inputs a text can name: the longest labels, separators, and the "more" phrase. */
    private int longestInputs(java.util.Collection<String> labels) {
        InputList list = inputList.orElseThrow();
        List<Integer> lengths = labels.stream()
                .map(String::length)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        int named = Math.min(list.atMost(), lengths.size());
        int sum = lengths.subList(0, named).stream().mapToInt(Integer::intValue).sum() + 2 * Math.max(0, named - 1);
        int more = longest(
                list.more(),
                Map.of("count", String.valueOf(InputField.values().length).length()));
        return sum + (lengths.size() > list.atMost() ? more : 0);
    }

    /** The longest a template can become: its literal text plus the longest value of each placeholder. */
    private static int longest(String template, Map<String, Integer> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        long length = 0;
        int last = 0;
        while (m.find()) {
            length += m.start() - last;
            length += values.getOrDefault(m.group(1), 0);
            last = m.end();
        }
        length += template.length() - last;
        return (int) Math.min(length, Integer.MAX_VALUE / 4);
    }

    private DevicePhrase phrase(Optional<DevicePlan> device) {
        return device.map(d -> required(devicePlanPhrases, d, "device plan phrase"))
                .orElse(noDevicePlan);
    }

    private static String summaries(List<AnswerFinding> findings, List<Effect> of) {
        return findings.stream()
                .filter(f -> f.effect().map(e -> of.contains(Effect.valueOf(e))).orElse(false))
                .map(AnswerFinding::summary)
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** One left-to-right pass: each placeholder replaced by its value, which is not scanned again. */
    private static String fill(String template, Map<String, Supplier<String>> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            var value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template uses unknown placeholder " + m.group() + ": " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void placeholders(String where, String template, List<String> problems, String... allowed) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!List.of(allowed).contains(m.group(1))) {
                problems.add(where + ": " + m.group() + " is not a placeholder it may use " + List.of(allowed));
            }
        }
    }

    private static <K, V> V required(Map<K, V> map, K key, String what) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + what + " for " + key);
        }
        return value;
    }
}
