package org.idds.cds.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Every text field of a request: a JSON string, at most {@value InputLimits#MAX_TEXT_LENGTH} characters, with no
 * control characters (NUL, line breaks, tabs, escapes, C1 controls) and no unpaired UTF-16 surrogates. Such characters
 * cannot be stored faithfully (PostgreSQL refuses NUL outright; an unpaired surrogate becomes '?') or printed safely,
 * so they are refused rather than stripped: nothing the clinician sent is silently changed.
 */
public final class SafeTextDeserializer extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    public SafeTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new RefusedInputException(p, "must be text in double quotes", String.class);
        }
        if (p.getTextLength() > InputLimits.MAX_TEXT_LENGTH) {
            throw new RefusedInputException(
                    p,
                    "is too long (" + p.getTextLength() + " characters; at most " + InputLimits.MAX_TEXT_LENGTH
                            + " are accepted in any text field)",
                    String.class);
        }
        String text = p.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new RefusedInputException(
                        p,
                        String.format(
                                "contains the control character U+%04X at position %d; "
                                        + "control characters (including NUL, tabs and line breaks) are not accepted",
                                (int) c, i + 1),
                        String.class);
            }
            if (Character.isSurrogate(c) && !Excerpt.pairedAt(text, i)) {
                throw new RefusedInputException(
                        p,
                        String.format("contains an unpaired UTF-16 surrogate (U+%04X) at position %d", (int) c, i + 1),
                        String.class);
            }
        }
        return text;
    }
}
