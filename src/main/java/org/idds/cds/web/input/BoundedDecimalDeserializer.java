package org.idds.cds.web.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every decimal field of a request: a JSON number (never text), read exactly as written and never rounded, and
 * refused at once when its magnitude or number of decimals is beyond any plausible clinical value.
 *
 * <p>This runs before Bean Validation and before any arithmetic. It matters because a number such as {@code 1e100000}
 * is only eight characters long (the parser's length limit counts characters, not magnitude) yet makes a single
 * {@code BigDecimal.setScale} run for many seconds. The checks use only {@code precision()} and {@code scale()}, which
 * cost nothing; each field's clinical bounds ({@code @DecimalMin}, {@code @DecimalMax}, {@code @Digits}) follow in
 * Bean Validation on values already known to be small.
 */
public final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new RefusedInputException(
                    p,
                    token == JsonToken.VALUE_STRING
                            ? "must be a number, not text: write 7.5, not \"7.5\""
                            : "must be a number",
                    BigDecimal.class);
        }
        if (p.getTextLength() > InputLimits.MAX_NUMBER_TEXT) {
            throw implausible(p);
        }
        BigDecimal value;
        try {
            value = p.getDecimalValue();
        } catch (JacksonException | NumberFormatException | ArithmeticException e) {
            throw implausible(p); // e.g. an exponent beyond the range of an int: 1e9999999999
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > InputLimits.MAX_INTEGER_DIGITS
                || value.scale() > InputLimits.MAX_DECIMAL_PLACES
                || value.scale() < -InputLimits.MAX_INTEGER_DIGITS) {
            throw implausible(p);
        }
        return value;
    }

    private static RefusedInputException implausible(JsonParser p) throws IOException {
        return new RefusedInputException(
                p,
                "is not a plausible value (" + Excerpt.of(p.getText()) + "): numbers are "
                        + "accepted with at most " + InputLimits.MAX_INTEGER_DIGITS + " digits before and "
                        + InputLimits.MAX_DECIMAL_PLACES + " after the decimal point",
                BigDecimal.class);
    }
}
