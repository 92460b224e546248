package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.OutcomesFiles;
import org.idds.cds.ruleset.Ruleset;

/**
 * Safety's outcomes file ({@code safety/outcomes.json}): the procedure check's status policy over its findings'
 * severities, the status and plan texts people read (ruleset text: the full view adds them) and the disclaimer. Read
 * through the shared {@link OutcomesFiles}; a ruleset with safety rules and no such file is refused.
 */
public final class SafetyOutcomes {

    static final String SCHEMA = "safety-outcomes.schema.json";

    private static final OutcomesFiles<OutcomesJson, Policy> FILES = new OutcomesFiles<>(
            Concern.SAFETY,
            SCHEMA,
            OutcomesJson.class,
            // no ruleset was made with safety rules before the file existed
            new OutcomesFiles.Legacy(Set.of(), SafetyOutcomes.class, "none"),
            SafetyOutcomes::read);

    private SafetyOutcomes() {}

    record OutcomesJson(
            List<RowJson> statusPolicy,
            Map<String, String> statusSummaries,
            Map<String, String> plans,
            String disclaimer) {}

    record RowJson(WhenJson when, String status) {}

    record WhenJson(List<String> anySeverity) {}

    /** The status policy: the first row whose severities meet a finding's gives the status. */
    public record Policy(List<Row> rows) {

        public record Row(Set<Severity> anySeverity, ProcedureCheckResult.Status status) {}

        public ProcedureCheckResult.Status status(Set<Severity> severities) {
            return rows.stream()
                    .filter(r -> r.anySeverity().isEmpty()
                            || r.anySeverity().stream().anyMatch(severities::contains))
                    .map(Row::status)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the status policy has no row that always holds"));
        }
    }

    /** The policy of a ruleset that loaded. */
    public static Policy of(Ruleset ruleset) {
        return FILES.of(ruleset);
    }

    /** What is wrong with the ruleset's safety outcomes file; none when it has no safety rules and lists none. */
    public static List<String> problems(Ruleset ruleset) {
        boolean hasSafetyRules = ruleset.rules().values().stream().anyMatch(r -> r.concern() == Concern.SAFETY);
        return FILES.problems(
                ruleset,
                hasSafetyRules
                        ? List.of("ruleset.json lists no outcomes file for SAFETY (\"outcomes\": {\"SAFETY\": "
                                + "\"safety/outcomes.json\"}); the status policy and its wording are ruleset data")
                        : List.of());
    }

    private static OutcomesFiles.Parsed<Policy> read(String path, OutcomesJson json, boolean legacy) {
        List<String> problems = new ArrayList<>();
        List<Policy.Row> rows = new ArrayList<>();
        for (int i = 0; i < json.statusPolicy().size(); i++) {
            RowJson row = json.statusPolicy().get(i);
            Set<Severity> any = EnumSet.noneOf(Severity.class);
            if (row.when() != null && row.when().anySeverity() != null) {
                row.when().anySeverity().forEach(s -> any.add(Severity.valueOf(s.toUpperCase(Locale.ROOT))));
            }
            rows.add(new Policy.Row(any, ProcedureCheckResult.Status.valueOf(row.status())));
        }
        if (rows.isEmpty() || !rows.get(rows.size() - 1).anySeverity().isEmpty()) {
            problems.add(path + " $.statusPolicy: the last row must always hold (\"when\": {})");
        }
        List<String> plans =
                java.util.Arrays.stream(DrugPlan.Plan.values()).map(Enum::name).toList();
        if (!json.plans().keySet().containsAll(plans)) {
            problems.add(path + " $.plans: a text is needed for every plan " + plans);
        }
        return problems.isEmpty()
                ? OutcomesFiles.Parsed.of(new Policy(List.copyOf(rows)))
                : OutcomesFiles.Parsed.refused(problems);
    }
}
