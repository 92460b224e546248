package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.idds.cds.audit.AssessmentNotFoundException;
import org.idds.cds.audit.AuditBusyException;
import org.idds.cds.audit.AuditUnavailableException;
import org.idds.cds.audit.ReplayUnavailableException;
import org.idds.cds.audit.StoredRequestRefusedException;
import org.idds.cds.audit.UnreadableAnswerException;
import org.idds.cds.kernel.RefusedFieldException;
import org.idds.cds.ruleset.RulesetVersionUnavailableException;
import org.idds.cds.web.Problem.FieldError;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps named failures to problem+json. Messages are written for clinicians and integrators, not for Java. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = field(v.getPropertyPath());
            boolean noBody = field.equals(ReadProblems.BODY)
                    && v.getConstraintDescriptor().getAnnotation() instanceof NotNull;
            errors.add(new FieldError(field, noBody ? "is empty: send one JSON object" : v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return invalidRequest(errors, "nothing was assessed or stored.");
    }

    /** Overrides the built-in Jackson mapper so type errors and unknown fields also answer problem+json. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return problem(
                400,
                "invalid-request",
                "Invalid request",
                "The request body could not be read; nothing was assessed or stored.",
                List.of(ReadProblems.describe(e)));
    }

    @ServerExceptionMapper
    public Response refusedRequest(InvalidRequestException e) {
        return invalidRequest(e.errors(), e.outcome());
    }

    @ServerExceptionMapper
    public Response auditUnavailable(AuditUnavailableException e) {
        LOG.errorf("audit store unavailable: %s", e.getMessage());
        return problem(
                503,
                "audit-unavailable",
                "Assessment not available",
                "The audit database is unavailable, so no recommendation can be returned (every answer must be recorded "
                        + "first). Try again shortly.",
                List.of());
    }

    @ServerExceptionMapper
    public Response auditBusy(AuditBusyException e) {
        LOG.warnf("audit queue full: %s", e.getMessage());
        return Response.fromResponse(problem(
                        503,
                        "audit-busy",
                        "Assessment not available",
                        "The service is at capacity and could not record this assessment in time, so no recommendation is returned. "
                                + "Try again in a moment.",
                        List.of()))
                .header("Retry-After", "1")
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(AssessmentNotFoundException e) {
        return problem(404, "not-found", "Not found", "No stored assessment has this id.", List.of());
    }

    @ServerExceptionMapper
    public Response rulesetUnavailable(RulesetVersionUnavailableException e) {
        return problem(
                409,
                "ruleset-unavailable",
                "Ruleset version not loaded",
                "The assessment was made with a ruleset version this service does not hold, so it cannot be replayed here.",
                List.of());
    }

    @ServerExceptionMapper
    public Response replayUnavailable(ReplayUnavailableException e) {
        return problem(
                409,
                "replay-unavailable",
                "No replay for this kind of assessment",
                "This build does not replay assessments of this kind; the stored answer stands as it was given.",
                List.of());
    }

    @ServerExceptionMapper
    public Response answerUnreadable(UnreadableAnswerException e) {
        return problem(
                409,
                "answer-format-unknown",
                "Stored answer format not read here",
                "The assessment's answer is stored in a format this service does not read (stored by a newer build), "
                        + "so it cannot be replayed here.",
                List.of());
    }

    @ServerExceptionMapper
    public Response storedRequestRefused(StoredRequestRefusedException e) {
        return problem(
                409,
                "stored-request-refused",
                "Stored request refused by today's input rules",
                "The stored request has a field today's input rules refuse (a date outside its window, say), so it is "
                        + "not replayed; the stored answer stands as it was given.",
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable); // the JSON reader wraps parse errors and most mapping errors in a plain 400
        }
        int status = e.getResponse().getStatus();
        if (status == 415) { // a content type that matches no @Consumes; a missing one is refused by JsonOnly
            String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return JsonOnly.unsupported(type == null || type.isBlank() ? JsonOnly.MISSING : JsonOnly.wrongType(type));
        }
        return problem(
                status,
                "http-" + status,
                e.getResponse().getStatusInfo().getReasonPhrase(),
                e.getResponse().getStatusInfo().getReasonPhrase(),
                List.of());
    }

    /**
     * A body that stopped arriving while JAX-RS read it (over HTTP/2 the body is read by a blocking read that gives up
     * after {@code quarkus.http.read-timeout}, or the client went away): the client's doing, so a 408 and no incident.
     * Usually {@link RequestBodyLimit} has already answered 408 at the body-read deadline and this answer goes nowhere.
     */
    @ServerExceptionMapper
    public Response bodyNotReceived(java.io.IOException e) {
        if (e.getClass() != java.io.IOException.class && !(e instanceof java.nio.channels.ClosedChannelException)) {
            return unexpected(e);
        }
        LOG.debugf("request body not received: %s", e.getMessage());
        return problem(
                408,
                "request-timeout",
                "Request body too slow",
                "The request body did not arrive in time; nothing was assessed or stored. Send the whole request at once.",
                List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return problem(
                500,
                "internal-error",
                "Internal error",
                "The request could not be completed and nothing was returned. Incident " + incident + ".",
                List.of());
    }

    /**
     * The 400 problem for refused fields, each named: {@code "N field(s) are not acceptable; "} and {@code outcome},
     * what was not done ({@code "nothing was assessed or stored."}). A resource maps a concern's named exception about
     * a field with it.
     */
    public static Response invalidRequest(List<FieldError> errors, String outcome) {
        return problem(
                400,
                "invalid-request",
                "Invalid request",
                errors.size() + " field(s) are not acceptable; " + outcome,
                errors);
    }

    /**
     * The 400 problem for the one field a concern refuses after validation ({@code kernel.RefusedFieldException}, its
     * message naming why), with {@code outcome} as in {@link #invalidRequest}.
     */
    public static Response refusedField(RefusedFieldException e, String outcome) {
        return invalidRequest(List.of(new FieldError(e.field(), e.getMessage())), outcome);
    }

    public static Response problem(int status, String type, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(body(status, type, title, detail, errors))
                .build();
    }

    /** The problem body every refusal uses, also where no JAX-RS response exists (the Vert.x body-size route). */
    static Problem body(int status, String type, String title, String detail, List<FieldError> errors) {
        return new Problem("urn:idds-cds:problem:" + type, title, status, detail, errors);
    }

    /** Drops the method and parameter nodes: {@code assess.request.pain.worstScore} becomes {@code pain.worstScore}. */
    static String field(Path path) {
        String text = path.toString().replace(".<list element>", "").replace("<list element>", "");
        String[] parts = text.split("\\.", 3);
        return parts.length == 3 ? parts[2] : ReadProblems.BODY;
    }
}
