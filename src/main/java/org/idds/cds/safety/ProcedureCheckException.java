package org.idds.cds.safety;

/** A procedure check that cannot be made as given, naming the request field (a date out of order, say). */
public class ProcedureCheckException extends RuntimeException {

    private final String field;

    public ProcedureCheckException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
