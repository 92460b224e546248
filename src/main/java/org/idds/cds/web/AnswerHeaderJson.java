package org.idds.cds.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.AuditedAnswer;

/**
 * Writes every answer's {@link AnswerHeader} as the answer's first fields ({@code format}, {@code assessmentId},
 * {@code kind}, {@code assessedAt}, {@code ruleset}, {@code caseReference}), not as an object {@code header}: the
 * answer records are framework-free, so the unwrapping is declared here, once for every {@link AuditedAnswer} (Jackson
 * reads the annotations of an interface's method on the records' accessors). The OpenAPI document shows the same
 * ({@link AnswerHeaderSchemas}). Answers are only written, never read back into records: a stored answer is read as a
 * JSON tree.
 */
@Singleton
public class AnswerHeaderJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(AuditedAnswer.class, UnwrappedHeader.class);
    }

    /** The mix-in: the header's fields stand in the answer itself. */
    interface UnwrappedHeader {
        @JsonUnwrapped
        AnswerHeader header();
    }
}
