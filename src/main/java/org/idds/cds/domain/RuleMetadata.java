package org.idds.cds.domain;

import java.util.List;
import java.util.Optional;

/**
 * Governed metadata of one rule: identity, lifecycle, the text clinicians read, the inputs it uses and its
 * citations. {@code whenNotMet} is the pertinent-negative sentence shown when the rule was checked with all its
 * inputs present and did not fire.
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
        List<InputField> inputs,
        List<Citation> citations) {}
