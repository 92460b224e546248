package org.idds.cds.selection.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.idds.cds.clinical.OmeLine;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.KeyedTemplates;
import org.idds.cds.ruleset.OutcomesFiles;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.DevicePlan;
import org.idds.cds.selection.Effect;
import org.idds.cds.selection.OutcomePolicy;
import org.idds.cds.selection.OutcomePolicy.DevicePhrase;
import org.idds.cds.selection.OutcomePolicy.ReferralRow;
import org.idds.cds.selection.OutcomePolicy.ReferralText;
import org.idds.cds.selection.OutcomePolicy.VerdictRow;
import org.idds.cds.selection.OutcomePolicy.VerdictText;
import org.idds.cds.selection.ReferralCheckResult.ReferralOutcome;
import org.idds.cds.selection.Verdict;

/**
 * Reads selection's outcomes file ({@code selection/outcomes.json}, listed in the manifest under
 * {@code "outcomes": {"SELECTION": ...}}) into an {@link OutcomePolicy}: the JSON Schema
 * ({@code rules/schemas/outcomes.schema.json}) first, then the names of verdicts, effects, referral outcomes and
 * device plans against the Java enums, then {@link OutcomePolicy#problems()}. Every problem names the file.
 *
 * <p>A ruleset of a version listed in {@link #BEFORE_OUTCOMES_FILES} (made when this policy was Java code) lists no
 * outcomes file; it gets {@value #LEGACY}, a copy of the policy as that code was, so that its stored assessments
 * replay with the verdict they were made with. Any other ruleset without an outcomes file is refused.
 */
public final class OutcomesFile {

    static final String SCHEMA = "outcomes.schema.json";

    /** Rulesets made before the outcome policy was ruleset data. */
    static final Set<String> BEFORE_OUTCOMES_FILES = Set.of("2026.11.0");

    static final String LEGACY = "legacy-outcomes.json";

    private static final OutcomesFiles<OutcomesJson, OutcomePolicy> FILES = new OutcomesFiles<>(
            Concern.SELECTION,
            SCHEMA,
            OutcomesJson.class,
            new OutcomesFiles.Legacy(BEFORE_OUTCOMES_FILES, OutcomesFile.class, LEGACY),
            (path, json, legacy) -> read(path, json));

    private OutcomesFile() {}

    record OutcomesJson(
            List<VerdictRowJson> verdictPolicy,
            Map<String, VerdictTextJson> verdictSummaries,
            Map<String, DevicePhraseJson> devicePlanPhrases,
            List<ReferralRowJson> referralPolicy,
            Map<String, ReferralTextJson> referralOutcomes,
            String disclaimer,
            ProvisionalJson provisional,
            List<String> devicePlanFor,
            Map<String, String> inputLabels,
            InputListJson inputList,
            OmeLinesJson omeLines,
            Map<String, String> factNotes) {}

    /** How an OME line is written: a template per text key, the phrases that stand for a variable's values. */
    record OmeLinesJson(Map<String, String> lines, Map<String, Map<String, String>> phrases) {}

    record InputListJson(int atMost, String more) {}

    record ProvisionalJson(EffectsWhenJson when, List<String> verdicts, String inVerdictSummary, String inReferral) {}

    record VerdictRowJson(EffectsWhenJson when, String verdict) {}

    record EffectsWhenJson(List<String> anyEffect, List<String> noEffect) {}

    record VerdictTextJson(String text, String textWhenRequiredInputsMissing, List<String> summariesOf) {}

    record DevicePhraseJson(String inVerdictSummary, String inReferral) {}

    record ReferralRowJson(ReferralWhenJson when, String outcome) {}

    record ReferralWhenJson(List<String> verdict, Boolean pleaseProvideEmpty) {}

    record ReferralTextJson(String text, ReasonsJson reasons) {}

    record ReasonsJson(List<String> summariesOf, Boolean pleaseProvideWhy) {}

    /** Selection's outcome policy for a ruleset that loaded (so its outcomes file passed {@link #problems}). */
    public static OutcomePolicy of(Ruleset ruleset) {
        return FILES.of(ruleset);
    }

    /** What is wrong with the ruleset's outcomes file for selection; empty if nothing. */
    public static List<String> problems(Ruleset ruleset) {
        return FILES.problems(
                ruleset, List.of(FILES.notListed("selection/outcomes.json", "the verdict and its wording")));
    }

    private static OutcomesFiles.Parsed<OutcomePolicy> read(String path, OutcomesJson json) {
        Names names = new Names(path);
        List<VerdictRow> verdictRows = rows(json.verdictPolicy(), "verdictPolicy", (row, where) -> {
            EffectsWhenJson when = row.when() == null ? new EffectsWhenJson(null, null) : row.when();
            return new VerdictRow(
                    Optional.ofNullable(when.anyEffect()).map(e -> names.effects(where + ".when.anyEffect", e)),
                    Optional.ofNullable(when.noEffect()).map(e -> names.effects(where + ".when.noEffect", e)),
                    names.of(Verdict.class, where + ".verdict", row.verdict()));
        });
        Map<Verdict, VerdictText> summaries = new EnumMap<>(Verdict.class);
        orEmpty(json.verdictSummaries()).forEach((key, t) -> {
            Verdict verdict = names.of(Verdict.class, "$.verdictSummaries", key);
            if (verdict != null) {
                summaries.put(
                        verdict,
                        new VerdictText(
                                t.text(),
                                Optional.ofNullable(t.textWhenRequiredInputsMissing()),
                                List.copyOf(names.effects(
                                        "$.verdictSummaries." + key + ".summariesOf", orEmpty(t.summariesOf())))));
            }
        });
        Map<DevicePlan, DevicePhrase> phrases = new EnumMap<>(DevicePlan.class);
        DevicePhrase none = null;
        for (var e : orEmpty(json.devicePlanPhrases()).entrySet()) {
            DevicePhrase phrase = new DevicePhrase(
                    e.getValue().inVerdictSummary(), e.getValue().inReferral());
            if (e.getKey().equals("NONE")) {
                none = phrase;
            } else {
                DevicePlan plan = names.of(DevicePlan.class, "$.devicePlanPhrases", e.getKey());
                if (plan != null) {
                    phrases.put(plan, phrase);
                }
            }
        }
        if (none == null) {
            names.problems.add(path + " $.devicePlanPhrases: no NONE phrase (for an assessment without a device plan)");
        }
        List<ReferralRow> referralRows = rows(json.referralPolicy(), "referralPolicy", (row, where) -> {
            ReferralWhenJson when = row.when() == null ? new ReferralWhenJson(null, null) : row.when();
            return new ReferralRow(
                    Optional.ofNullable(when.verdict()).map(v -> names.set(Verdict.class, where + ".when.verdict", v)),
                    Optional.ofNullable(when.pleaseProvideEmpty()),
                    names.of(ReferralOutcome.class, where + ".outcome", row.outcome()));
        });
        Map<ReferralOutcome, ReferralText> outcomes = new EnumMap<>(ReferralOutcome.class);
        orEmpty(json.referralOutcomes()).forEach((key, t) -> {
            ReferralOutcome outcome = names.of(ReferralOutcome.class, "$.referralOutcomes", key);
            ReasonsJson reasons = t.reasons() == null ? new ReasonsJson(null, null) : t.reasons();
            if (outcome != null) {
                outcomes.put(
                        outcome,
                        new ReferralText(
                                t.text(),
                                List.copyOf(names.effects(
                                        "$.referralOutcomes." + key + ".reasons.summariesOf",
                                        orEmpty(reasons.summariesOf()))),
                                Boolean.TRUE.equals(reasons.pleaseProvideWhy())));
            }
        });
        Optional<OutcomePolicy.Provisional> provisional = Optional.ofNullable(json.provisional())
                .map(p -> new OutcomePolicy.Provisional(
                        names.effects(
                                "$.provisional.when.anyEffect",
                                p.when() == null ? List.of() : orEmpty(p.when().anyEffect())),
                        names.set(Verdict.class, "$.provisional.verdicts", orEmpty(p.verdicts())),
                        p.inVerdictSummary(),
                        p.inReferral()));
        Optional<Set<Verdict>> devicePlanFor =
                Optional.ofNullable(json.devicePlanFor()).map(v -> names.set(Verdict.class, "$.devicePlanFor", v));
        Optional.ofNullable(json.omeLines()).ifPresent(o -> names.problems.addAll(omeLineProblems(path, o)));
        Optional.ofNullable(json.factNotes()).ifPresent(n -> names.problems.addAll(factNoteProblems(path, n)));
        if (!names.problems.isEmpty()) {
            return OutcomesFiles.Parsed.refused(names.problems);
        }
        OutcomePolicy policy = new OutcomePolicy(
                verdictRows,
                summaries,
                phrases,
                none,
                referralRows,
                outcomes,
                json.disclaimer(),
                provisional,
                devicePlanFor,
                Optional.ofNullable(json.inputLabels()),
                Optional.ofNullable(json.inputList()).map(l -> new OutcomePolicy.InputList(l.atMost(), l.more())));
        List<String> problems =
                policy.problems().stream().map(p -> path + " $." + p).toList();
        return problems.isEmpty() ? OutcomesFiles.Parsed.of(policy) : OutcomesFiles.Parsed.refused(problems);
    }

    /**
     * The OME line texts (optional: a ruleset without them gives a full view without the lines' calculations): a
     * template for every text key a line can name ({@link OmeLine#TEXTS}), each matching one key, and only the
     * variables a line has ({@link OmeLine#TEXT_VARIABLES}) in templates and phrases.
     */
    static List<String> omeLineProblems(String path, OmeLinesJson json) {
        List<String> problems = templateProblems(
                path + " $.omeLines.lines",
                orEmpty(json.lines()),
                OmeLine.TEXTS,
                "no template for",
                "no OME line names this text",
                OmeLine.TEXT_VARIABLES);
        orEmpty(json.phrases()).forEach((variable, phrases) -> {
            if (!OmeLine.TEXT_VARIABLES.contains(variable)) {
                problems.add(path + " $.omeLines.phrases." + variable + ": unknown variable");
            }
            orEmpty(phrases).forEach((value, phrase) -> {
                if (!KeyedTemplates.templateVariables(phrase).isEmpty()) {
                    problems.add(
                            path + " $.omeLines.phrases." + variable + "." + value + ": a phrase has no variables");
                }
            });
        });
        return problems;
    }

    /**
     * The fact notes (optional: a ruleset without them gives a full view without the facts' texts): a template for
     * every note a selection fact can name ({@link OpioidLoad#NOTES}), no other, and only the variables the note's
     * fact has ({@link OpioidLoad#NOTE_VARIABLES}).
     */
    static List<String> factNoteProblems(String path, Map<String, String> notes) {
        return templateProblems(
                path + " $.factNotes",
                notes,
                OpioidLoad.NOTES,
                "no wording for",
                "no fact names this note",
                OpioidLoad.NOTE_VARIABLES);
    }

    /** Each row of the policy {@code policy} (none when the file gives none) read with its place, {@code $.policy[i]}. */
    private static <J, R> List<R> rows(List<J> json, String policy, BiFunction<J, String, R> row) {
        List<J> given = orEmpty(json);
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            rows.add(row.apply(given.get(i), "$." + policy + "[" + i + "]"));
        }
        return rows;
    }

    /**
     * Keyed templates at {@code where} checked against what the code names: a template for every key of {@code keys}
     * ({@code missing} the problem of one without), no other key ({@code unknown} the problem of one), and only the
     * {@code variables} the code fills in.
     */
    private static List<String> templateProblems(
            String where,
            Map<String, String> templates,
            Collection<String> keys,
            String missing,
            String unknown,
            Collection<String> variables) {
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            if (!templates.containsKey(key)) {
                problems.add(where + ": " + missing + " " + key);
            }
        }
        templates.forEach((key, template) -> {
            if (!keys.contains(key)) {
                problems.add(where + "." + key + ": " + unknown + " (known: " + String.join(", ", keys) + ")");
            }
            for (String variable : KeyedTemplates.templateVariables(template)) {
                if (!variables.contains(variable)) {
                    problems.add(where + "." + key + ": unknown variable {" + variable + "} (known: "
                            + String.join(", ", variables) + ")");
                }
            }
        });
        return problems;
    }

    /** Enum names as the file writes them, checked against the Java enums (the schema may lag behind them). */
    private static final class Names {
        private final String path;
        private final List<String> problems = new ArrayList<>();

        Names(String path) {
            this.path = path;
        }

        <E extends Enum<E>> E of(Class<E> type, String where, String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(path + " " + where + ": " + name + " is not a " + type.getSimpleName() + " "
                        + List.of(type.getEnumConstants()));
                return null;
            }
        }

        <E extends Enum<E>> Set<E> set(Class<E> type, String where, List<String> names) {
            Set<E> set = EnumSet.noneOf(type);
            names.stream().map(n -> of(type, where, n)).filter(e -> e != null).forEach(set::add);
            return set;
        }

        Set<Effect> effects(String where, List<String> names) {
            return set(Effect.class, where, names);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
