package org.idds.cds.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.answer.AnswerFinding;

/**
 * The one result of a replay, for every kind of assessment: a stored assessment's request re-run with the exact
 * ruleset version (and content hash) it was made with, and whether the same outcome and findings come out.
 * {@code context} says when the application build or the request format differs from the one that made the
 * assessment (empty when both are the same). Only outcomes and rule ids, never patient data: governance may replay.
 * Replays are read-only: nothing new is stored.
 */
public record ReplayResult(
        UUID assessmentId,
        AssessmentKind kind,
        String rulesetVersion,
        String rulesetHash,
        boolean reproduced,
        Outcome original,
        Outcome replayed,
        List<String> differences,
        List<String> context) {

    public ReplayResult {
        differences = List.copyOf(differences);
        context = List.copyOf(context);
    }

    /**
     * What is compared: the kind's outcome (a candidacy's or referral check's engine verdict, a prescription check's
     * status) and the findings in answer order, each {@code <rule>@<version>}, followed by {@code " <effect>"} where
     * the kind's findings have an effect (selection's).
     */
    public record Outcome(String outcome, List<String> findings) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        /** An answer made now, as compared: its outcome and each finding's rule, version and effect (if any). */
        public static Outcome of(String outcome, List<AnswerFinding> findings) {
            return new Outcome(
                    outcome,
                    findings.stream()
                            .map(f -> finding(f.rule(), f.ruleVersion(), f.effect()))
                            .toList());
        }
    }

    /** One finding as compared: {@code rule@version}, and its effect where it has one. */
    public static String finding(String rule, String version, Optional<String> effect) {
        return rule + "@" + version + effect.map(e -> " " + e).orElse("");
    }

    /** Compares the stored answer's outcome with the replayed one. */
    public static ReplayResult of(StoredAssessment stored, Outcome original, AssessmentReplayer.Replayed replayed) {
        Outcome now = replayed.outcome();
        List<String> differences = new ArrayList<>();
        if (!original.outcome().equals(now.outcome())) {
            differences.add("outcome " + original.outcome() + " became " + now.outcome());
        }
        original.findings().stream()
                .filter(f -> !now.findings().contains(f))
                .forEach(f -> differences.add("lost " + f));
        now.findings().stream().filter(f -> !original.findings().contains(f)).forEach(f -> differences.add("new " + f));
        return new ReplayResult(
                stored.id(),
                stored.kind(),
                replayed.rulesetVersion(),
                replayed.rulesetHash(),
                differences.isEmpty(),
                original,
                now,
                differences,
                contextNotes(stored, replayed.requestSchema()));
    }

    /** What differs between the build and request format that made the assessment and those replaying it. */
    static List<String> contextNotes(StoredAssessment stored, String currentSchema) {
        BuildInfo current = BuildInfo.current();
        return Stream.of(
                        stored.build().isEmpty()
                                ? Optional.of("made before the application build was recorded; replayed by " + current)
                                : stored.build()
                                        .filter(made -> !made.equals(current))
                                        .map(made -> "made by application " + made + ", replayed by " + current),
                        stored.requestSchema().isEmpty()
                                ? Optional.of("made before the request format version was recorded; read now as "
                                        + currentSchema)
                                : stored.requestSchema()
                                        .filter(made -> !made.equals(currentSchema))
                                        .map(made ->
                                                "request read as " + made + " when made, as " + currentSchema + " now"))
                .flatMap(Optional::stream)
                .toList();
    }
}
