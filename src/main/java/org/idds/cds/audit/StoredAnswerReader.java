package org.idds.cds.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.idds.cds.kernel.AssessmentKind;

/**
 * Reads what a replay compares (outcome and findings) from a stored answer in one answer format
 * ({@code response_schema}, {@link org.idds.cds.kernel.AnswerFormat}), given as a JSON tree. One reader per format,
 * registered in {@link StoredAnswers} by the format it reads; an answer that is not one of its kind in that format is
 * an {@link UnreadableAnswerException}.
 */
@FunctionalInterface
interface StoredAnswerReader {

    /** The outcome and findings of {@code answer} (the stored answer's tree), an answer of {@code kind}. */
    ReplayResult.Outcome outcome(AssessmentKind kind, JsonNode answer);
}
