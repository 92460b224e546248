package org.idds.cds.audit;

import org.idds.cds.kernel.AssessmentKind;

/** No replayer is installed for this kind of stored assessment. */
public class ReplayUnavailableException extends RuntimeException {

    public ReplayUnavailableException(AssessmentKind kind) {
        super("no replay for assessments of kind " + kind + " in this build");
    }
}
