package org.idds.cds.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.web.Problem.FieldError;
import org.idds.cds.web.input.Excerpt;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.input.RefusedInputException;

/**
 * Turns a failure to read a request body into one {@link FieldError}: the JSON path of the bad value (e.g.
 * {@code medications[3].dose.value}) and what is wrong with it, in words for an integrator. Jackson's own messages are
 * never passed on: they name Java classes and can quote the whole input.
 */
final class ReadProblems {

    static final String BODY = "(body)";

    /** Whole-number fields whose refusal says more than "must be a whole number". */
    private static final Map<String, String> WHOLE_NUMBER_HINTS =
            Map.of("patient.ageYears", "must be a whole number of years from 0 to 120");

    private ReadProblems() {}

    static FieldError describe(JsonProcessingException e) {
        JacksonException root = innermost(e);
        // A value refused by a deserializer carries Jackson's path; an error found while tokenising (a duplicate key,
        // a malformed token) is located exactly by the parser, whose position Jackson's path can lack the last step of.
        String jacksonPath = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String field = endsEarly(e, root)
                ? "" // the body as a whole is incomplete, whichever value it cut short
                : root instanceof JsonMappingException
                        ? jacksonPath
                        : parserPath(root).orElse(jacksonPath);
        if (field.isEmpty()) {
            field = BODY;
        }
        return new FieldError(field, message(e, root, field));
    }

    private static String message(JsonProcessingException e, JacksonException root, String field) {
        if (root instanceof RefusedInputException refused) {
            return refused.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request (check the spelling; unknown fields are refused so no input is silently ignored)";
        }
        if (root instanceof StreamConstraintsException) {
            return "is beyond the size limits of this API (numbers up to " + InputLimits.PARSER_MAX_NUMBER_LENGTH
                    + " characters, texts up to " + InputLimits.PARSER_MAX_STRING_LENGTH + ", field names up to "
                    + InputLimits.PARSER_MAX_NAME_LENGTH + ", nesting up to " + InputLimits.PARSER_MAX_NESTING_DEPTH
                    + " levels)";
        }
        if (endsEarly(e, root)) {
            return "is empty or ends before the JSON object is complete; send one complete JSON object";
        }
        String text = root.getOriginalMessage() == null ? "" : root.getOriginalMessage();
        if (text.startsWith("Duplicate field")) {
            return "appears more than once; each field may be given only once";
        }
        if (text.startsWith("Trailing token")) {
            return "has content after the JSON object; send exactly one JSON object";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType(), field) + got(e);
        }
        if (root instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return expected(coercion.getTargetType(), field) + " within range";
        }
        if (e instanceof JsonMappingException) {
            return "has the wrong type or format";
        }
        return "is not valid JSON";
    }

    /** Jackson says "end-of-input" whether the parser or a deserializer ran out of body. */
    private static boolean endsEarly(JacksonException e, JacksonException root) {
        return root instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input")
                || String.valueOf(root.getOriginalMessage()).contains("end-of-input");
    }

    private static String expected(Class<?> type, String field) {
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == BigInteger.class) {
            return WHOLE_NUMBER_HINTS.getOrDefault(field, "must be a whole number");
        }
        if (type == BigDecimal.class || type == Double.class || type == Float.class || type == Number.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false (without quotes)";
        }
        if (type == String.class) {
            return "must be text in double quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list in square brackets";
        }
        return "must be a JSON object in braces";
    }

    private static String got(JsonProcessingException e) {
        return e instanceof InvalidFormatException invalid && invalid.getValue() != null
                ? " (got "
                        + (invalid.getValue() instanceof String
                                ? "\"" + Excerpt.of(invalid.getValue()) + "\""
                                : Excerpt.of(invalid.getValue()))
                        + ")"
                : "";
    }

    private static JacksonException innermost(JacksonException e) {
        JacksonException found = e;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException j) {
                found = j;
            }
        }
        return found;
    }

    /** The path the parser had reached when it stopped: exact for errors found while tokenising (e.g. duplicate keys). */
    private static Optional<String> parserPath(JacksonException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(segment(c.getCurrentName()));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        return Optional.of(join(parts));
    }

    static String jsonPath(JsonMappingException e) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.addLast(segment(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                parts.addLast("[" + ref.getIndex() + "]");
            }
        }
        return join(parts);
    }

    private static String join(Deque<String> parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    /** A field name as sent, shortened: an unknown name is echoed, so it must not carry a large input back. */
    private static String segment(String name) {
        return Excerpt.of(name);
    }
}
