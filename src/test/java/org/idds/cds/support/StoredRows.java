package org.idds.cds.support;

import java.util.Optional;
import java.util.UUID;
import org.idds.cds.audit.AssessmentColumns;
import org.idds.cds.audit.StoredAssessment;

/**
 * Stored rows the replay tests write themselves: a row the service made, copied under a new id as an older build, an
 * older request format or another ruleset version would have stored it.
 */
public final class StoredRows {

    private StoredRows() {}

    /** {@code made}'s columns under a new id. */
    public static AssessmentColumns newId(StoredAssessment made) {
        return newId(made, made.rulesetVersion(), made.rulesetHash());
    }

    /** {@code made}'s columns under a new id, as made with ruleset {@code version} ({@code hash}). */
    public static AssessmentColumns newId(StoredAssessment made, String version, String hash) {
        return new AssessmentColumns(
                UUID.randomUUID(), made.kind(), made.outcome(), made.createdAt(), version, hash, made.caseReference());
    }

    /** {@code made} under a new id, its request recorded as read in format {@code requestSchema}. */
    public static StoredAssessment withRequestSchema(StoredAssessment made, String requestSchema) {
        return new StoredAssessment(
                newId(made),
                made.requestJson(),
                made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                Optional.of(requestSchema),
                made.responseSchema());
    }
}
