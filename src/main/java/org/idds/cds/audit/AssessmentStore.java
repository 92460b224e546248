package org.idds.cds.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.idds.cds.kernel.answer.AuditedAnswer;

/** Append-only audit of assessments. Implemented in the persistence package. */
public interface AssessmentStore {

    /**
     * Stores the row durably; returns only once its transaction is committed with synchronous commit on, or throws
     * {@link AuditUnavailableException} (database down, caller timeout) or {@link AuditBusyException} (queue full).
     */
    void append(StoredAssessment assessment);

    /**
     * Stores an answer made now, as {@link #append(StoredAssessment)} does; the database store compresses its body
     * from the answer's own bytes. This default stores {@link NewAssessment#toStored()}.
     */
    default void append(NewAssessment assessment) {
        append(assessment.toStored());
    }

    /**
     * How every concern stores an answer made now: {@code answer} written as JSON once, the row {@code row} makes of
     * those bytes appended (durable when this returns, as {@link #append(NewAssessment)}), and the answer returned
     * with the very bytes stored, to be sent as the response body.
     */
    default <T> Recorded<T> record(ObjectMapper json, T answer, Function<byte[], NewAssessment> row) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be serialised", e);
        }
        append(row.apply(body));
        return new Recorded<>(answer, body);
    }

    /**
     * {@link #record(ObjectMapper, Object, Function)} for an answer that carries its own row: its id, kind, instant,
     * case reference, ruleset and outcome, with the request as received and the caller.
     */
    default <T extends AuditedAnswer> Recorded<T> record(
            ObjectMapper json, T answer, ReceivedRequest request, Caller caller) {
        return record(
                json,
                answer,
                body -> new NewAssessment(
                        new AssessmentColumns(
                                answer.assessmentId(),
                                answer.kind(),
                                answer.recordedOutcome(),
                                answer.assessedAt(),
                                answer.ruleset().version(),
                                answer.ruleset().contentHash(),
                                answer.caseReference()),
                        request,
                        body,
                        caller));
    }

    Optional<StoredAssessment> find(UUID id);
}
