package org.idds.cds.audit;

import java.util.UUID;

public final class AssessmentNotFoundException extends RuntimeException {
    public AssessmentNotFoundException(UUID id) {
        super("No stored assessment " + id);
    }
}
