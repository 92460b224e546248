package org.idds.cds.safety;

import org.idds.cds.kernel.RefusedFieldException;

/** A follow-up check that cannot be made as given, naming the request field (a fill after the event, say). */
public class FollowUpCheckException extends RefusedFieldException {

    public FollowUpCheckException(String field, String message) {
        super(field, message);
    }
}
