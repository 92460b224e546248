package org.idds.cds.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;

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
}
