package org.idds.cds.kernel.answer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What every answer in format {@code idds-answer/2} starts with: the format, the assessment's id and kind, when it was
 * made, the ruleset it was made with and the caller's case reference (when given). One record for every concern's
 * answer, written as the answer's first fields, not as an object of its own: the web layer unwraps it (in the JSON and
 * in the OpenAPI document), since an answer's core knows no JSON library.
 */
public record AnswerHeader(
        String format,
        UUID assessmentId,
        AssessmentKind kind,
        Instant assessedAt,
        RulesetRef ruleset,
        Optional<String> caseReference) {

    /** The header of an answer made now, in the format the services answer in ({@link AnswerFormat#CURRENT}). */
    public static AnswerHeader of(
            UUID assessmentId,
            AssessmentKind kind,
            Instant assessedAt,
            RulesetRef ruleset,
            Optional<String> caseReference) {
        return new AnswerHeader(AnswerFormat.CURRENT, assessmentId, kind, assessedAt, ruleset, caseReference);
    }
}
