package org.idds.cds.audit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.idds.cds.kernel.AnswerFormat;

/**
 * An answer made now by this build, to be stored: the request as received and as read, the answer's body as the exact
 * UTF-8 bytes that are returned (serialised once; the store compresses this array, it never re-encodes the answer),
 * the ruleset version and hash it was made with, and who asked. Stored as the {@link StoredAssessment} that
 * {@link #toStored()} gives, in the answer format the services write ({@link AnswerFormat#CURRENT}). The body array is
 * shared, not copied: nobody writes to it.
 */
public record NewAssessment(AssessmentColumns columns, ReceivedRequest request, byte[] responseBody, Caller caller)
        implements AssessmentColumns.Row {

    /** The row as a read gives it back (the body decoded as text). */
    public StoredAssessment toStored() {
        return new StoredAssessment(
                columns,
                request.parsedJson(),
                new String(responseBody, StandardCharsets.UTF_8),
                Optional.of(request.raw()),
                Optional.of(caller.name()),
                Optional.of(BuildInfo.current()),
                Optional.of(request.schema()),
                Optional.of(AnswerFormat.CURRENT));
    }
}
