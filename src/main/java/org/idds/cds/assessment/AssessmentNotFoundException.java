package org.idds.cds.assessment;

import java.util.UUID;

public final class AssessmentNotFoundException extends RuntimeException {
    public AssessmentNotFoundException(UUID id) {
        super("No stored assessment " + id);
    }
}
