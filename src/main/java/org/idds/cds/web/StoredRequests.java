package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.audit.StoredRequestRefusedException;

/**
 * Reading a stored request again for its replay, by today's request format: what a replayer (an
 * {@link org.idds.cds.audit.AssessmentReplayer} in a concern's {@code api}) does before its service runs the request
 * again. A request today's format no longer reads is a {@link StoredRequestRefusedException} (409
 * {@code stored-request-refused}), never a 500:
 *
 * <pre>{@code
 * SomeRequest r = StoredRequests.read(stored, text -> json.readValue(text, SomeRequest.class));
 * }</pre>
 */
public final class StoredRequests {

    private static final String NOT_READ = "the stored request is not read by today's request format";

    private StoredRequests() {}

    /** How the stored request's JSON text is read. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String requestJson) throws JsonProcessingException;
    }

    /** The stored request as {@code reader} reads it; refused as a whole ({@code request}) when it cannot be. */
    public static <T> T read(StoredAssessment stored, Reader<T> reader) {
        try {
            return reader.read(stored.requestJson());
        } catch (JsonProcessingException e) {
            throw new StoredRequestRefusedException(stored.id(), "request", NOT_READ);
        }
    }

    /**
     * The same, refused naming the JSON path of the field that could not be read ({@code contents[0].concentration}),
     * or {@code request} when none is known.
     */
    public static <T> T readNamingField(StoredAssessment stored, Reader<T> reader) {
        try {
            return reader.read(stored.requestJson());
        } catch (JsonProcessingException e) {
            throw new StoredRequestRefusedException(
                    stored.id(),
                    e instanceof JsonMappingException m && !m.getPath().isEmpty()
                            ? m.getPath().stream()
                                    .map(r -> r.getFieldName() != null
                                            ? "." + r.getFieldName()
                                            : "[" + r.getIndex() + "]")
                                    .collect(Collectors.joining())
                                    .substring(1)
                            : "request",
                    NOT_READ);
        }
    }
}
