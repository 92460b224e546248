package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.ruleset.OutcomesFiles;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.StatusRows;

/**
 * Safety's outcomes file ({@code safety/outcomes.json}): the procedure check's status policy over its findings'
 * severities, the status and plan texts people read (ruleset text: the full view adds them) and the disclaimer; and,
 * under {@code followUp} (from ruleset 2026.12.5), the follow-up check's status policy and status texts. Read
 * through the shared {@link OutcomesFiles}; a ruleset with safety rules and no such file is refused.
 */
public final class SafetyOutcomes {

    static final String SCHEMA = "safety-outcomes.schema.json";

    /** The id prefix of the follow-up check's device-event rules. */
    static final String DEVICE_EVENTS_PREFIX = "SAF-DE-";

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
            String disclaimer,
            FollowUpJson followUp) {}

    record FollowUpJson(List<RowJson> statusPolicy, Map<String, String> statusSummaries) {}

    record RowJson(WhenJson when, String status) {}

    record WhenJson(List<String> anySeverity) {}

    /** The status policy: the first row whose severities meet a finding's gives the status. */
    public record Policy(List<Row> rows, Optional<FollowUpPolicy> followUp) {

        public record Row(Set<Severity> anySeverity, ProcedureCheckResult.Status status) {}

        public ProcedureCheckResult.Status status(Set<Severity> severities) {
            return StatusRows.first(rows, Row::anySeverity, Row::status, severities, "status");
        }
    }

    /** The follow-up check's status policy: the first row whose severities meet a finding's gives the status. */
    public record FollowUpPolicy(List<FollowUpRow> rows) {

        public record FollowUpRow(Set<Severity> anySeverity, FollowUpCheckResult.Status status) {}

        public FollowUpCheckResult.Status status(Set<Severity> severities) {
            return StatusRows.first(rows, FollowUpRow::anySeverity, FollowUpRow::status, severities, "status");
        }
    }

    /** The follow-up check's policy of a ruleset that loaded (a ruleset before 2026.12.5 has none). */
    public static FollowUpPolicy followUp(Ruleset ruleset) {
        return of(ruleset)
                .followUp()
                .orElseThrow(() -> new IllegalStateException(
                        "ruleset " + ruleset.version() + " has no follow-up status policy in safety/outcomes.json"));
    }

    /** The policy of a ruleset that loaded. */
    public static Policy of(Ruleset ruleset) {
        return FILES.of(ruleset);
    }

    /** What is wrong with the ruleset's safety outcomes file; none when it has no safety rules and lists none. */
    public static List<String> problems(Ruleset ruleset) {
        List<String> problems = new ArrayList<>(
                FILES.problemsIfItHasRules(ruleset, "safety/outcomes.json", "the status policy and its wording"));
        boolean hasFollowUpRules =
                ruleset.rules().values().stream().anyMatch(r -> r.id().startsWith(DEVICE_EVENTS_PREFIX));
        if (problems.isEmpty()
                && hasFollowUpRules
                && FILES.file(ruleset).isPresent()
                && of(ruleset).followUp().isEmpty()) {
            problems.add("safety/outcomes.json has no \"followUp\" status policy, and the ruleset has follow-up rules ("
                    + DEVICE_EVENTS_PREFIX + "...)");
        }
        return problems;
    }

    private static Set<Severity> severities(RowJson row) {
        Set<Severity> any = EnumSet.noneOf(Severity.class);
        if (row.when() != null && row.when().anySeverity() != null) {
            row.when().anySeverity().forEach(s -> any.add(Severity.valueOf(s.toUpperCase(Locale.ROOT))));
        }
        return any;
    }

    private static OutcomesFiles.Parsed<Policy> read(String path, OutcomesJson json, boolean legacy) {
        List<String> problems = new ArrayList<>();
        List<Policy.Row> rows = new ArrayList<>();
        for (int i = 0; i < json.statusPolicy().size(); i++) {
            RowJson row = json.statusPolicy().get(i);
            rows.add(new Policy.Row(severities(row), ProcedureCheckResult.Status.valueOf(row.status())));
        }
        StatusRows.checkLastAlwaysHolds(path + " $.statusPolicy", rows, Policy.Row::anySeverity, problems);
        List<String> plans =
                java.util.Arrays.stream(DrugPlan.Plan.values()).map(Enum::name).toList();
        if (!json.plans().keySet().containsAll(plans)) {
            problems.add(path + " $.plans: a text is needed for every plan " + plans);
        }
        Optional<FollowUpPolicy> followUp = Optional.empty();
        if (json.followUp() != null) {
            List<FollowUpPolicy.FollowUpRow> followUpRows = new ArrayList<>();
            for (RowJson row : json.followUp().statusPolicy()) {
                followUpRows.add(new FollowUpPolicy.FollowUpRow(
                        severities(row), FollowUpCheckResult.Status.valueOf(row.status())));
            }
            StatusRows.checkLastAlwaysHolds(
                    path + " $.followUp.statusPolicy", followUpRows, FollowUpPolicy.FollowUpRow::anySeverity, problems);
            followUp = Optional.of(new FollowUpPolicy(List.copyOf(followUpRows)));
        }
        return problems.isEmpty()
                ? OutcomesFiles.Parsed.of(new Policy(List.copyOf(rows), followUp))
                : OutcomesFiles.Parsed.refused(problems);
    }
}
