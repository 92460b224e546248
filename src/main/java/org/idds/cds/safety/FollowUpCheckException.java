package org.idds.cds.safety;

/** A follow-up check that cannot be made as given, naming the request field (a fill after the event, say). */
public class FollowUpCheckException extends RuntimeException {

    private final String field;

    public FollowUpCheckException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
