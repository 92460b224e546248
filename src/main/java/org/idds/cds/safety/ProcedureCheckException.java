package org.idds.cds.safety;

import org.idds.cds.kernel.RefusedFieldException;

/** A procedure check that cannot be made as given, naming the request field (a date out of order, say). */
public class ProcedureCheckException extends RefusedFieldException {

    public ProcedureCheckException(String field, String message) {
        super(field, message);
    }
}
