package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.ConcernFile;
import org.idds.cds.ruleset.KeyedTemplates;
import org.idds.cds.ruleset.OutcomesFiles;
import org.idds.cds.ruleset.Ruleset;

/**
 * Reads dosing's outcomes file ({@code dosing/outcomes.json}, listed in the manifest under {@code "outcomes":
 * {"DOSING": ...}}) into a {@link StatusPolicy}, through the plumbing every concern's outcomes file shares
 * ({@link OutcomesFiles}: the JSON Schema {@code rules/schemas/dosing-outcomes.schema.json} first, then a strict read),
 * then the names of statuses and severities, then {@link StatusPolicy#problems}. Every problem names the file.
 *
 * <p>The rulesets of {@link #BEFORE_OUTCOMES_FILE} have dosing rules but were made while this policy was Java code;
 * they get {@value #LEGACY}, a copy of that code's policy and wording, so their stored checks replay to the same
 * status. Any other ruleset with dosing rules and no dosing outcomes file is refused.
 */
public final class DosingOutcomes {

    static final String SCHEMA = "dosing-outcomes.schema.json";

    /** Rulesets with dosing rules made before dosing's policy was ruleset data. */
    static final Set<String> BEFORE_OUTCOMES_FILE = Set.of("2026.12.1", "2026.12.2");

    static final String LEGACY = "legacy-outcomes.json";

    private static final OutcomesFiles<OutcomesJson, StatusPolicy> FILES = new OutcomesFiles<>(
            Concern.DOSING,
            SCHEMA,
            OutcomesJson.class,
            new OutcomesFiles.Legacy(BEFORE_OUTCOMES_FILE, DosingOutcomes.class, LEGACY),
            DosingOutcomes::read);

    private DosingOutcomes() {}

    record OutcomesJson(
            List<RowJson> statusPolicy,
            Map<String, String> statusSummaries,
            FindingCountsJson findingCounts,
            String disclaimer,
            String drugOptionsDisclaimer,
            Map<String, CalculationJson> calculations,
            Map<String, NotCalculatedJson> notCalculated,
            Map<String, String> terms,
            Map<String, String> inputFrom,
            Map<String, String> parts,
            Map<String, String> factNotes,
            SystemicOpioidsJson systemicOpioids) {}

    /** A calculation's texts: what it is, its formula, and how its parts are joined where it has any. */
    record CalculationJson(String what, String formula, String joinParts) {}

    /** A calculation not made: what it is and why. */
    record NotCalculatedJson(String what, String why, String joinParts) {}

    record SystemicOpioidsJson(String note) {}

    record RowJson(WhenJson when, String status) {}

    record WhenJson(List<String> anySeverity) {}

    record FindingCountsJson(List<String> of, Map<String, PhraseJson> phrases, String and) {}

    record PhraseJson(String one, String other) {}

    /** Dosing's status policy for a ruleset that loaded (so its outcomes file passed {@link #problems}). */
    public static StatusPolicy of(Ruleset ruleset) {
        return FILES.of(ruleset);
    }

    /** Dosing's outcomes file of the ruleset, or the legacy copy for a ruleset made before it. */
    public static Optional<ConcernFile> file(Ruleset ruleset) {
        return FILES.file(ruleset);
    }

    /**
     * What is wrong with the ruleset's outcomes file for dosing; empty if nothing, or if the ruleset has no dosing
     * rules and lists no such file.
     */
    public static List<String> problems(Ruleset ruleset) {
        return FILES.problemsIfItHasRules(
                ruleset, "dosing/outcomes.json", "the status policy, its wording and the disclaimer");
    }

    private static OutcomesFiles.Parsed<StatusPolicy> read(String path, OutcomesJson json, boolean legacy) {
        List<String> problems = new ArrayList<>();
        List<StatusPolicy.Row> rows = new ArrayList<>();
        for (int i = 0; i < json.statusPolicy().size(); i++) {
            RowJson row = json.statusPolicy().get(i);
            String where = path + " $.statusPolicy[" + i + "]";
            Set<Severity> any = EnumSet.noneOf(Severity.class);
            if (row.when() != null && row.when().anySeverity() != null) {
                row.when()
                        .anySeverity()
                        .forEach(s -> severity(where + ".when.anySeverity", s, problems)
                                .ifPresent(any::add));
            }
            status(where + ".status", row.status(), problems).ifPresent(s -> rows.add(new StatusPolicy.Row(any, s)));
        }
        Map<PrescriptionCheckResult.Status, String> summaries = new EnumMap<>(PrescriptionCheckResult.Status.class);
        json.statusSummaries()
                .forEach((key, text) ->
                        status(path + " $.statusSummaries", key, problems).ifPresent(s -> summaries.put(s, text)));
        Optional<StatusPolicy.FindingCounts> counts = Optional.ofNullable(json.findingCounts())
                .map(c -> {
                    List<Severity> of = new ArrayList<>();
                    c.of().forEach(s ->
                            severity(path + " $.findingCounts.of", s, problems).ifPresent(of::add));
                    Map<Severity, StatusPolicy.FindingCounts.Phrase> phrases = new EnumMap<>(Severity.class);
                    c.phrases()
                            .forEach((s, p) -> severity(path + " $.findingCounts.phrases", s, problems)
                                    .ifPresent(sev -> phrases.put(
                                            sev, new StatusPolicy.FindingCounts.Phrase(p.one(), p.other()))));
                    return new StatusPolicy.FindingCounts(of, phrases, c.and());
                });
        problems.addAll(calculationTextProblems(path, json));
        if (!problems.isEmpty()) {
            return OutcomesFiles.Parsed.refused(problems);
        }
        StatusPolicy policy =
                new StatusPolicy(rows, summaries, counts, json.disclaimer(), json.drugOptionsDisclaimer());
        List<String> policyProblems =
                policy.problems(legacy).stream().map(p -> path + " $." + p).toList();
        return policyProblems.isEmpty()
                ? OutcomesFiles.Parsed.of(policy)
                : OutcomesFiles.Parsed.refused(policyProblems);
    }

    /**
     * The calculation texts: every key pattern a calculator can name ({@link CalculationTexts}) has its text, and every
     * template uses only the variables of its key pattern and those its section allows ({@code {parts}} where the entry
     * says how parts are joined; a term's {@code {verification}}; an input source's {@code {figure}} and
     * {@code {verification}}; a part's computed quantities; a fact note's {@code {value}} and the values its key takes).
     */
    static List<String> calculationTextProblems(String path, OutcomesJson json) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> templates = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> allowed = new java.util.LinkedHashMap<>();
        json.calculations().forEach((key, c) -> {
            String at = "calculations." + key;
            templates.put(at, List.of(c.what(), c.formula()));
            allowed.put(at, c.joinParts() == null ? Set.of() : Set.of("parts"));
        });
        json.notCalculated().forEach((key, n) -> {
            String at = "notCalculated." + key;
            templates.put(at, List.of(n.what(), n.why()));
            allowed.put(at, n.joinParts() == null ? Set.of() : Set.of("parts"));
        });
        json.terms().forEach((key, t) -> {
            templates.put("terms." + key, List.of(t));
            allowed.put("terms." + key, Set.of("verification"));
        });
        json.inputFrom().forEach((key, f) -> {
            templates.put("inputFrom." + key, List.of(f));
            allowed.put("inputFrom." + key, Set.of("figure", "verification"));
        });
        json.parts().forEach((key, t) -> {
            templates.put("parts." + key, List.of(t));
            allowed.put("parts." + key, Set.copyOf(CalculationTexts.PART_VALUES));
        });
        json.factNotes().forEach((key, t) -> {
            Set<String> values = new java.util.HashSet<>(Set.of("value"));
            values.addAll(CalculationTexts.FACT_NOTES.getOrDefault(key, List.of()));
            templates.put("factNotes." + key, List.of(t));
            allowed.put("factNotes." + key, values);
        });
        templates.forEach((at, texts) -> {
            String key = at.substring(at.indexOf('.') + 1);
            Set<String> known = new java.util.HashSet<>(KeyedTemplates.patternVariables(key));
            known.addAll(allowed.get(at));
            for (String text : texts) {
                Set<String> unknown = new java.util.TreeSet<>(KeyedTemplates.templateVariables(text));
                unknown.removeAll(known);
                if (!unknown.isEmpty()) {
                    problems.add(path + " $." + at + ": the text names " + unknown + ", which is neither a variable of"
                            + " its key nor one its section gives " + new java.util.TreeSet<>(known));
                }
            }
        });
        missing(
                path,
                "calculations",
                CalculationTexts.CALCULATIONS,
                json.calculations().keySet(),
                problems);
        missing(
                path,
                "notCalculated",
                CalculationTexts.NOT_CALCULATED,
                json.notCalculated().keySet(),
                problems);
        missing(path, "terms", CalculationTexts.TERMS, json.terms().keySet(), problems);
        missing(path, "inputFrom", CalculationTexts.INPUT_FROM, json.inputFrom().keySet(), problems);
        missing(path, "parts", CalculationTexts.PARTS, json.parts().keySet(), problems);
        missing(
                path,
                "factNotes",
                List.copyOf(CalculationTexts.FACT_NOTES.keySet()),
                json.factNotes().keySet(),
                problems);
        return problems;
    }

    private static void missing(
            String path, String section, List<String> used, Set<String> written, List<String> problems) {
        used.stream()
                .filter(key -> !written.contains(key))
                .forEach(key -> problems.add(
                        path + " $." + section + ": no text for " + key + ", a key the prescription check names"));
        // a key the check never names is refused: a more specific pattern would silently take over another's text
        written.stream()
                .filter(key -> !used.contains(key))
                .sorted()
                .forEach(key -> problems.add(path + " $." + section + ": " + key
                        + " is not a key the prescription check names (one text per key it names, no others)"));
    }

    private static Optional<Severity> severity(String where, String code, List<String> problems) {
        for (Severity s : Severity.values()) {
            if (s.cdsHooksCode().equals(code)) {
                return Optional.of(s);
            }
        }
        problems.add(where + ": " + code + " is not a severity (critical, warning, info)");
        return Optional.empty();
    }

    private static Optional<PrescriptionCheckResult.Status> status(String where, String name, List<String> problems) {
        try {
            return Optional.of(PrescriptionCheckResult.Status.valueOf(name));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + name + " is not a status " + List.of(PrescriptionCheckResult.Status.values()));
            return Optional.empty();
        }
    }
}
