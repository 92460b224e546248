package org.idds.cds.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.FindingEvidence;

/**
 * Governed metadata of one rule: identity, lifecycle, the text clinicians read, the inputs it uses and its
 * citations. {@code whenNotMet} is the pertinent-negative sentence shown when the rule was checked with all its
 * inputs present and did not fire. {@code inputs} are names from the concern's own vocabulary.
 *
 * <p>The knowledge files name these fields as FHIR PlanDefinition / CRMI do: {@code status} (draft, active,
 * retired), {@code version}, {@code relatedArtifact} of type citation (here {@code citations}), and the optional
 * {@code approvalDate}, {@code lastReviewDate} and {@code effectivePeriod}, absent until governance records them.
 * {@code concern} and {@code topic} come from the topic's rules file, whose folder is {@code <concern>/<topic>}.
 * {@code statement} is the key of the governed statement the rule applies (see {@link Ruleset#statement}), if any.
 */
public record RuleMetadata(
        String id,
        String version,
        RuleStatus status,
        String title,
        Concern concern,
        String topic,
        Severity severity,
        String summary,
        String detail,
        Optional<String> whenNotMet,
        List<String> inputs,
        List<Citation> citations,
        Optional<LocalDate> approvalDate,
        Optional<LocalDate> lastReviewDate,
        Optional<EffectivePeriod> effectivePeriod,
        Optional<String> statement) {

    /** When a rule is meant to be in use; no end means open-ended. */
    public record EffectivePeriod(LocalDate start, Optional<LocalDate> end) {}

    /**
     * This rule's finding in the shared answer shape with no concern-specific part (no effect, roles, missing inputs,
     * device plan or OME lines): how dosing and safety answer a fired rule. {@code firedVersion} is the version the
     * engine fired, {@code factKeys} the answer's keys of the facts it stood on.
     */
    public AnswerFinding finding(
            String findingId, String firedVersion, List<String> factKeys, FindingEvidence evidence) {
        return new AnswerFinding(
                findingId,
                id,
                firedVersion,
                concern,
                topic,
                severity.cdsHooksCode(),
                Optional.empty(),
                Optional.empty(),
                summary,
                Optional.empty(),
                factKeys,
                Optional.empty(),
                evidence.figures(),
                evidence.citations(),
                evidence.unverified(),
                evidence.supersededSources(),
                statement,
                Optional.empty(),
                Optional.empty());
    }
}
