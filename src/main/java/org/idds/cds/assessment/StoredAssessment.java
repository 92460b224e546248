package org.idds.cds.assessment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One audit row: the request and the response exactly as returned, with the ruleset that produced it and who made
 * it ({@code createdBy}: the caller's principal name; null only for rows stored before it was recorded).
 */
public record StoredAssessment(
        UUID id,
        AssessmentKind kind,
        String outcome,
        Instant createdAt,
        String rulesetVersion,
        String rulesetHash,
        Optional<String> caseReference,
        String requestJson,
        String responseJson,
        String createdBy) {}
