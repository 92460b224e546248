package org.idds.cds.kernel;

/**
 * The response format versions an answer can be stored in. Each answer names its format in its first field
 * ({@code format}) from {@link #ANSWER_2} on; rows stored before carry no name and are {@link #ANSWER_1}.
 */
public final class AnswerFormat {

    /** The shapes answers had up to ruleset 2026.12.2: one shape per concern, every ruleset text inline. */
    public static final String ANSWER_1 = "idds-answer/1";

    /** One compact format for every concern: facts once, findings once, ruleset text by key. */
    public static final String ANSWER_2 = "idds-answer/2";

    /**
     * The format the services answer in and record with each new row ({@code response_schema}): every concern answers
     * in {@link #ANSWER_2}.
     */
    public static final String CURRENT = ANSWER_2;

    private AnswerFormat() {}
}
