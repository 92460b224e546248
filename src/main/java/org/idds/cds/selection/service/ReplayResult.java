package org.idds.cds.selection.service;

import java.util.List;
import java.util.UUID;

/**
 * Re-running a stored assessment's request with the exact ruleset version (and content hash) it was made with,
 * and whether the same verdict and findings come out. {@code context} says when the application build or the
 * request format differs from the one that made the assessment (empty when both are the same). Replays are
 * read-only: nothing new is stored.
 */
public record ReplayResult(
        UUID assessmentId,
        String rulesetVersion,
        String rulesetHash,
        boolean reproduced,
        Outcome original,
        Outcome replayed,
        List<String> differences,
        List<String> context) {

    /** What is compared: the verdict (or referral outcome) and the fired rules with their effects, in order. */
    public record Outcome(String verdict, List<String> findings) {}
}
