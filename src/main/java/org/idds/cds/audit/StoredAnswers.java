package org.idds.cds.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a stored answer by the answer format it was recorded in ({@link StoredAssessment#answerFormat()}). A new
 * answer format is read by adding its {@link StoredAnswerReader} to {@link #READERS}.
 */
public final class StoredAnswers {

    private static final Map<String, StoredAnswerReader> READERS =
            List.<StoredAnswerReader>of(new FirstFormatAnswers(), new SecondFormatAnswers()).stream()
                    .collect(Collectors.toUnmodifiableMap(StoredAnswerReader::format, Function.identity()));

    private StoredAnswers() {}

    /**
     * The outcome and findings the stored answer gave; {@link UnreadableAnswerException} when this build does not
     * read its format (a row stored by a newer build) or the answer is not one of its kind in that format.
     */
    public static ReplayResult.Outcome outcome(StoredAssessment stored) {
        StoredAnswerReader reader = READERS.get(stored.answerFormat());
        if (reader == null) {
            throw new UnreadableAnswerException(stored.answerFormat(), stored.kind());
        }
        return reader.outcome(stored.kind(), stored.responseJson());
    }
}
