package org.idds.cds.ruleset;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Severity;

/**
 * Governed metadata of one rule: identity, lifecycle, the text clinicians read, the inputs it uses and its
 * citations. {@code whenNotMet} is the pertinent-negative sentence shown when the rule was checked with all its
 * inputs present and did not fire. {@code inputs} are names from the concern's own vocabulary.
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
        List<Citation> citations) {}
