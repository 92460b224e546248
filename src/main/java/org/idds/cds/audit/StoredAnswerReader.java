package org.idds.cds.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.idds.cds.kernel.AssessmentKind;

/**
 * Reads what a replay compares (outcome and findings) from a stored answer in one answer format
 * ({@code response_schema}, {@link org.idds.cds.kernel.AnswerFormat}). One implementation per format, registered in
 * {@link StoredAnswers}.
 */
interface StoredAnswerReader {

    /** The answer format this reads. */
    String format();

    /** The outcome and findings of {@code answer} (the stored bytes as text), an answer of {@code kind}. */
    ReplayResult.Outcome outcome(AssessmentKind kind, String answer);

    /** The stored answer as a JSON tree; an answer that is not JSON is unreadable in this format. */
    default JsonNode tree(AssessmentKind kind, String answer) {
        try {
            return JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new UnreadableAnswerException(format(), kind);
        }
    }

    ObjectMapper JSON = new ObjectMapper();
}
