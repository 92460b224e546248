package org.idds.cds.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Every date of a request: an ISO calendar date in double quotes, {@code yyyy-mm-dd}, and nothing else. A date-time is
 * refused rather than cut to its date, and so are numbers (epoch days), arrays ({@code [2026, 12, 1]}), other formats
 * and impossible days ({@code 2026-02-30}). Whether a date is plausible (its window) is judged where its meaning is
 * known, not here.
 */
public final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    private static final String EXPECTED = "must be a date in double quotes, yyyy-mm-dd (no time of day)";

    public IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new RefusedInputException(p, EXPECTED, LocalDate.class);
        }
        String text = p.getText();
        if (text.length() > 20) { // "+999999999-12-31" is the longest ISO date
            throw new RefusedInputException(p, EXPECTED, LocalDate.class);
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new RefusedInputException(p, EXPECTED + "; '" + text + "' is not", LocalDate.class);
        }
    }
}
