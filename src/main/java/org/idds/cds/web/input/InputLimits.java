package org.idds.cds.web.input;

/**
 * Bounds applied while a request body is read, before any field is validated or any arithmetic runs. They are
 * input-plausibility and resource limits, not clinical thresholds; the clinical plausibility bounds of each field
 * are Bean Validation constraints on the request records.
 */
public final class InputLimits {

    /** The pain score range, in the words every refusal of a score uses. */
    public static final String PAIN_SCORE_RANGE = "must be from 0 to 10 (numeric rating scale)";

    public static final String PAIN_SCORE_DECIMALS =
            "must have at most one decimal (such as 8.5): a score is never rounded";

    /** An ISO date-time with its offset, to the minute or second: how every planned or observed time is written. */
    public static final String OFFSET_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)";

    /** The refusal of a time not written as {@link #OFFSET_DATE_TIME}. */
    public static final String OFFSET_DATE_TIME_MESSAGE =
            "must be a date and time with its offset, e.g. 2026-12-14T08:30:00+01:00";

    /** A trial protocol's id as GET /api/v1/trial-protocols lists it: how a preferred protocol is written. */
    public static final String PROTOCOL_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The refusal of a preferred protocol not written as {@link #PROTOCOL_ID}. */
    public static final String PROTOCOL_ID_MESSAGE = "must be a trial protocol id, e.g. single-bolus-morphine-trial";

    /** Most medications one request may list (the longest fixture lists 8). */
    public static final int MAX_MEDICATIONS = 50;

    /** Longest text accepted in any string field; each field has a tighter {@code @Size}. */
    public static final int MAX_TEXT_LENGTH = 1_000;

    /** Longest number, as written, accepted for a decimal field (sign, digits, point and exponent). */
    public static final int MAX_NUMBER_TEXT = 40;

    /** Most digits before the decimal point of any decimal field (so every value is below 10^15). */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** Most digits after the decimal point of any decimal field, as written. */
    public static final int MAX_DECIMAL_PLACES = 15;

    /** How much of a refused value an answer may echo. */
    public static final int EXCERPT_LENGTH = 40;

    // Backstops for the JSON parser itself (StreamReadConstraints). They are looser than the per-field limits
    // above, so that a refusal normally names the exact field; beyond them the parser stops at once.

    /** Longest number token the parser reads (it counts characters; {@code 1e999999999} is short). */
    public static final int PARSER_MAX_NUMBER_LENGTH = 100;

    /** Longest string token the parser reads. */
    public static final int PARSER_MAX_STRING_LENGTH = 16_384;

    /** Longest field name the parser reads. */
    public static final int PARSER_MAX_NAME_LENGTH = 256;

    /** Deepest nesting of objects and arrays (a request is four levels deep). */
    public static final int PARSER_MAX_NESTING_DEPTH = 32;

    private InputLimits() {}
}
