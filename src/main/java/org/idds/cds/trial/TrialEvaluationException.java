package org.idds.cds.trial;

import org.idds.cds.kernel.RefusedFieldException;

/** A trial evaluation that cannot be made as given, naming the request field (an unknown protocol, say). */
public class TrialEvaluationException extends RefusedFieldException {

    public TrialEvaluationException(String field, String message) {
        super(field, message);
    }
}
