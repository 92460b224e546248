package org.idds.cds.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * An answer made now by this build, to be stored: the request as received and as read, the answer's body as the exact
 * UTF-8 bytes that are returned (serialised once; the store compresses this array, it never re-encodes the answer),
 * the ruleset version and hash it was made with, and who asked. Stored as the {@link StoredAssessment} that
 * {@link #toStored()} gives, in the answer format the services write ({@link AnswerFormat#CURRENT}). The body array is
 * shared, not copied: nobody writes to it.
 */
public record NewAssessment(
        UUID id,
        AssessmentKind kind,
        String outcome,
        Instant createdAt,
        String rulesetVersion,
        String rulesetHash,
        Optional<String> caseReference,
        ReceivedRequest request,
        byte[] responseBody,
        Caller caller)
        implements AssessmentColumns {

    /** The row as a read gives it back (the body decoded as text). */
    public StoredAssessment toStored() {
        return new StoredAssessment(
                id,
                kind,
                outcome,
                createdAt,
                rulesetVersion,
                rulesetHash,
                caseReference,
                request.parsedJson(),
                new String(responseBody, StandardCharsets.UTF_8),
                Optional.of(request.raw()),
                Optional.of(caller.name()),
                Optional.of(BuildInfo.current()),
                Optional.of(request.schema()),
                Optional.of(AnswerFormat.CURRENT));
    }
}
