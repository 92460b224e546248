package org.idds.cds.audit;

import java.util.Optional;
import java.util.UUID;

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

    Optional<StoredAssessment> find(UUID id);
}
