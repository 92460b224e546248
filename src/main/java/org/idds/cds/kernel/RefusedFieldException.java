package org.idds.cds.kernel;

/**
 * A request a concern cannot evaluate as given, naming the one request field at fault (a date out of order, a device
 * the ruleset does not hold). The message may quote the value; the field alone is what a replay may show.
 */
public abstract class RefusedFieldException extends RuntimeException {

    private final String field;

    protected RefusedFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
