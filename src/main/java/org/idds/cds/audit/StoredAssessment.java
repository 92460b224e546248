package org.idds.cds.audit;

import java.util.Optional;
import org.idds.cds.kernel.AnswerFormat;

/**
 * One audit row: the request as received (raw bytes with their hash) and as parsed, the response exactly as
 * returned, with the ruleset that produced it and who made it ({@code createdBy}: the caller's principal name).
 * Rows written before raw capture, creator, build or request-schema recording existed lack those. {@code
 * responseSchema} names the answer format of {@code responseJson} ({@link AnswerFormat}); rows stored before it was
 * recorded (migration V9) have none and are {@link AnswerFormat#ANSWER_1}: read it with {@link #answerFormat()}. An
 * answer made now is stored as a {@link NewAssessment}.
 */
public record StoredAssessment(
        AssessmentColumns columns,
        String requestJson,
        String responseJson,
        Optional<RawRequest> rawRequest,
        Optional<String> createdBy,
        Optional<BuildInfo> build,
        Optional<String> requestSchema,
        Optional<String> responseSchema)
        implements AssessmentColumns.Row {

    /** The answer format of {@code responseJson}: as recorded, else {@link AnswerFormat#ANSWER_1}. */
    public String answerFormat() {
        return responseSchema.orElse(AnswerFormat.ANSWER_1);
    }
}
