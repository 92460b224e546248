package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;

/**
 * The plumbing every audited POST shares: the request as the audit keeps it (the bytes as received, captured by
 * {@link ReceivedBodyCapture}, and the validated request re-serialised), handed to the concern's service, and the
 * answer sent as the very bytes the audit row holds, once that row is committed.
 *
 * <p>A resource method marked {@link CapturesBody}, with its request validated by Bean Validation, calls
 * {@link #answer} once:
 *
 * <pre>{@code
 * @POST
 * @CapturesBody
 * @RolesAllowed(Roles.MDT_CLINICIAN)
 * public Response check(@NotNull @Valid SomeRequest request, @Context SecurityContext security) {
 *     return audited.answer(SomeRequest.SCHEMA, request, received -> service.check(
 *             SomeMapper.toDomain(request), Optional.ofNullable(request.caseReference()), received,
 *             Roles.caller(security)));
 * }
 * }</pre>
 *
 * A field the concern refuses after validation (a named exception) becomes a 400 through
 * {@link ProblemMappers#invalidRequest}, in the resource's {@code @ServerExceptionMapper}.
 */
@ApplicationScoped
public class AuditedRequests {

    private final ObjectMapper json;
    private final ReceivedBody received;

    public AuditedRequests(ObjectMapper json, ReceivedBody received) {
        this.json = json;
        this.received = received;
    }

    /**
     * Runs {@code service} on this request as the audit keeps it ({@code schema}: its request format, such as
     * {@code candidacy-request/1}) and answers 200 with the stored answer's bytes.
     */
    public Response answer(String schema, Object validated, Function<ReceivedRequest, Recorded<?>> service) {
        Recorded<?> recorded = service.apply(new ReceivedRequest(schema, received.get(), write(validated)));
        return Response.ok(recorded.json(), MediaType.APPLICATION_JSON).build();
    }

    private String write(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated request could not be serialised", e);
        }
    }
}
