package org.idds.cds.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.idds.cds.kernel.AnswerFormat;

/**
 * Reads a stored answer by the answer format it was recorded in ({@link StoredAssessment#answerFormat()}). A new
 * answer format is read by adding its {@link StoredAnswerReader} to {@link #READERS}.
 */
public final class StoredAnswers {

    private static final Map<String, StoredAnswerReader> READERS = Map.of(
            AnswerFormat.ANSWER_1, FirstFormatAnswers::outcome,
            AnswerFormat.ANSWER_2, SecondFormatAnswers::outcome);

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredAnswers() {}

    /**
     * The outcome and findings the stored answer gave; {@link UnreadableAnswerException} when this build does not
     * read its format (a row stored by a newer build) or the answer is not one of its kind in that format (or not
     * JSON).
     */
    public static ReplayResult.Outcome outcome(StoredAssessment stored) {
        StoredAnswerReader reader = READERS.get(stored.answerFormat());
        if (reader == null) {
            throw new UnreadableAnswerException(stored.answerFormat(), stored.kind());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(stored.responseJson());
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException(stored.answerFormat(), stored.kind());
        }
        return reader.outcome(stored.kind(), answer);
    }
}
