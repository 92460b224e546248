package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.function.Function;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;

/**
 * The plumbing every audited POST shares: the request as the audit keeps it (the bytes as received, captured by
 * {@link ReceivedBodyCapture}, and the validated request re-serialised), handed to the concern's service, and the
 * answer sent as the very bytes the audit row holds, once that row is committed.
 *
 * <p>A resource method marked {@link CapturesBody}, with its request validated by Bean Validation, reads the request
 * into the concern's question and calls {@link #answer} once; the resource holds only its path, role, request type and
 * this call:
 *
 * <pre>{@code
 * @POST
 * @CapturesBody
 * @RolesAllowed(Roles.MDT_CLINICIAN)
 * public Response check(@NotNull @Valid SomeRequest request, @Context SecurityContext security) {
 *     return audited.answer(SomeRequest.SCHEMA, request, ruleset -> SomeMapper.toDomain(request, ruleset.drugs()),
 *             security, service::check);
 * }
 * }</pre>
 *
 * A field the concern refuses after validation (a named exception) becomes a 400 through
 * {@link ProblemMappers#refusedField}, in the resource's {@code @ServerExceptionMapper}.
 */
@ApplicationScoped
public class AuditedRequests {

    private final ObjectMapper json;
    private final ReceivedBody received;
    private final Rulesets rulesets;

    public AuditedRequests(ObjectMapper json, ReceivedBody received, Rulesets rulesets) {
        this.json = json;
        this.received = received;
        this.rulesets = rulesets;
    }

    /** A request an audited POST answers, with its case reference (kept with the row) if the caller gave one. */
    public interface CaseReferenced {
        String caseReference();
    }

    /** A concern's audited use case, as {@code AuditedChecks.check} is: the question answered, stored, counted. */
    @FunctionalInterface
    public interface Check<Q> {
        Recorded<?> check(Q question, Optional<String> caseReference, ReceivedRequest request, Caller caller);
    }

    /** A use case whose question carries its own case reference (an MDT case, a trial plan). */
    @FunctionalInterface
    public interface Composed<Q> {
        Recorded<?> check(Q question, ReceivedRequest request, Caller caller);
    }

    /**
     * Runs {@code service} on the question {@code question} reads from {@code validated} with the active ruleset (its
     * drugs, device models, trial protocols), for the caller of {@code security}, and answers 200 with the stored
     * answer's bytes; {@code schema} is the request's format, such as {@code candidacy-request/1}.
     */
    public <Q> Response answer(
            String schema,
            CaseReferenced validated,
            Function<Ruleset, Q> question,
            SecurityContext security,
            Check<Q> service) {
        Optional<String> caseReference = Optional.ofNullable(validated.caseReference());
        return answer(schema, validated, question, security, (Composed<Q>)
                (q, received, caller) -> service.check(q, caseReference, received, caller));
    }

    /**
     * The same for a question that carries its own case reference. {@code question} may refuse the request with an
     * {@link InvalidRequestException} (a 400), before anything is evaluated or stored.
     */
    public <Q> Response answer(
            String schema,
            Object validated,
            Function<Ruleset, Q> question,
            SecurityContext security,
            Composed<Q> service) {
        Q asked = question.apply(rulesets.active());
        Recorded<?> recorded = service.check(
                asked, new ReceivedRequest(schema, received.get(), write(validated)), Roles.caller(security));
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
