package org.idds.cds.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value refused while the request body is read, before the request exists as a record. Carries a message written
 * for the integrator (which echoes at most an {@link Excerpt}); Jackson adds the JSON path as the refusal travels out.
 */
public final class RefusedInputException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    RefusedInputException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    /** What is wrong with the value, for the problem answer; never contains the whole value. */
    public String reason() {
        return reason;
    }
}
