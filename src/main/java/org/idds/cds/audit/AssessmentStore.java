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

    Optional<StoredAssessment> find(UUID id);
}
