package org.idds.cds.assessment;

import java.util.Optional;
import java.util.UUID;

/** Append-only audit of assessments. Implemented in the persistence package. */
public interface AssessmentStore {

    /** Stores the row durably; returns only once it is committed, or throws {@link AuditUnavailableException}. */
    void append(StoredAssessment assessment);

    Optional<StoredAssessment> find(UUID id);
}
