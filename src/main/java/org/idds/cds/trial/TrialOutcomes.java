package org.idds.cds.trial;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.OutcomesFiles;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.StatusRows;

/**
 * The trial concern's outcomes file ({@code trial/outcomes.json}): under {@code evaluation}, the trial evaluation's
 * status policy over its findings' effects, the status texts and the next step by status (ruleset text: the full view
 * adds them); under {@code planning}, the trial plan's status policy over its findings' effects and its status texts;
 * the disclaimer. Read through the shared {@link OutcomesFiles}; a ruleset with trial rules and no such
 * file is refused.
 */
public final class TrialOutcomes {

    static final String SCHEMA = "trial-outcomes.schema.json";

    private static final OutcomesFiles<OutcomesJson, Policy> FILES = new OutcomesFiles<>(
            Concern.TRIAL,
            SCHEMA,
            OutcomesJson.class,
            // no ruleset was made with trial rules before the file existed
            new OutcomesFiles.Legacy(Set.of(), TrialOutcomes.class, "none"),
            TrialOutcomes::read);

    private TrialOutcomes() {}

    record OutcomesJson(EvaluationJson evaluation, PlanningJson planning, String disclaimer) {}

    record PlanningJson(List<RowJson> statusPolicy, Map<String, String> statusSummaries) {}

    record EvaluationJson(
            List<RowJson> statusPolicy, Map<String, String> statusSummaries, Map<String, String> nextSteps) {}

    record RowJson(WhenJson when, String status) {}

    record WhenJson(List<String> anyEffect) {}

    /** The concern's policies. */
    public record Policy(EvaluationPolicy evaluation, PlanningPolicy planning) {}

    /** The trial plan's status policy: the first row one of whose effects a planning finding has gives the status. */
    public record PlanningPolicy(List<PlanningRow> rows) {

        public PlanningPolicy {
            rows = List.copyOf(rows);
        }

        public record PlanningRow(Set<TrialEffect> anyEffect, TrialPlan.Status status) {}

        public TrialPlan.Status status(Set<TrialEffect> effects) {
            return StatusRows.first(rows, PlanningRow::anyEffect, PlanningRow::status, effects, "planning");
        }
    }

    /** The evaluation's status policy: the first row one of whose effects a finding has gives the status. */
    public record EvaluationPolicy(List<Row> rows) {

        public EvaluationPolicy {
            rows = List.copyOf(rows);
        }

        public record Row(Set<TrialEffect> anyEffect, TrialEvaluationStatus status) {}

        public TrialEvaluationStatus status(Set<TrialEffect> effects) {
            return StatusRows.first(rows, Row::anyEffect, Row::status, effects, "status");
        }
    }

    /** The policy of a ruleset that loaded. */
    public static Policy of(Ruleset ruleset) {
        return FILES.of(ruleset);
    }

    /** What is wrong with the ruleset's trial outcomes file; none when it has no trial rules and lists none. */
    public static List<String> problems(Ruleset ruleset) {
        return FILES.problemsIfItHasRules(ruleset, "trial/outcomes.json", "the status policy and its wording");
    }

    /** The effects a row waits for (none: it always holds); the schema admits only the effects. */
    private static Set<TrialEffect> effects(RowJson row) {
        Set<TrialEffect> any = EnumSet.noneOf(TrialEffect.class);
        if (row.when() != null && row.when().anyEffect() != null) {
            row.when().anyEffect().forEach(e -> any.add(TrialEffect.valueOf(e)));
        }
        return any;
    }

    private static OutcomesFiles.Parsed<Policy> read(String path, OutcomesJson json, boolean legacy) {
        List<String> problems = new ArrayList<>();
        List<EvaluationPolicy.Row> rows = new ArrayList<>();
        for (RowJson row : json.evaluation().statusPolicy()) {
            rows.add(new EvaluationPolicy.Row(effects(row), TrialEvaluationStatus.valueOf(row.status())));
        }
        StatusRows.checkLastAlwaysHolds(
                path + " $.evaluation.statusPolicy", rows, EvaluationPolicy.Row::anyEffect, problems);
        List<PlanningPolicy.PlanningRow> planningRows = new ArrayList<>();
        for (RowJson row : json.planning().statusPolicy()) {
            planningRows.add(new PlanningPolicy.PlanningRow(effects(row), TrialPlan.Status.valueOf(row.status())));
        }
        StatusRows.checkLastAlwaysHolds(
                path + " $.planning.statusPolicy", planningRows, PlanningPolicy.PlanningRow::anyEffect, problems);
        for (TrialPlan.Status status : TrialPlan.Status.values()) {
            if (!json.planning().statusSummaries().containsKey(status.name())) {
                problems.add(path + " $.planning.statusSummaries: no text for " + status);
            }
        }
        for (TrialEvaluationStatus status : TrialEvaluationStatus.values()) {
            if (!json.evaluation().statusSummaries().containsKey(status.name())) {
                problems.add(path + " $.evaluation.statusSummaries: no text for " + status);
            }
            if (!json.evaluation().nextSteps().containsKey(status.name())) {
                problems.add(path + " $.evaluation.nextSteps: no text for " + status);
            }
        }
        return problems.isEmpty()
                ? OutcomesFiles.Parsed.of(new Policy(new EvaluationPolicy(rows), new PlanningPolicy(planningRows)))
                : OutcomesFiles.Parsed.refused(problems);
    }
}
