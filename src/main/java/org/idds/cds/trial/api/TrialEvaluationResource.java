package org.idds.cds.trial.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.trial.TrialEvaluationException;
import org.idds.cds.trial.TrialEvaluationResult;
import org.idds.cds.trial.service.TrialEvaluationService;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Trial evaluations: an intrathecal (or epidural) trial judged against the site's cited success policy, for the MDT
 * (role {@code mdt-clinician}); audited, and replayed through {@code POST /api/v1/assessments/{id}/replay}
 * ({@link TrialReplayer}).
 */
@Path("/api/v1/trial-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trial")
public class TrialEvaluationResource {

    private final TrialEvaluationService service;
    private final AuditedRequests audited;

    public TrialEvaluationResource(TrialEvaluationService service, AuditedRequests audited) {
        this.service = service;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "Evaluate an intrathecal trial",
            description = "The relief at each time point and the one the trial is judged by, against the site's "
                    + "cited success threshold (SUCCESS, FAILURE or INCONCLUSIVE), or, until the site sets one, "
                    + "against each cited figure as information (LOCAL_POLICY_DECIDES); each criterion met, not met "
                    + "or not recorded; on success a suggested prescription check without a daily dose; stored "
                    + "before the answer is sent.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TrialEvaluationResult.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response evaluate(@NotNull @Valid TrialEvaluationRequest request, @Context SecurityContext security) {
        return audited.answer(
                TrialEvaluationRequest.SCHEMA,
                request,
                ruleset -> TrialEvaluationMapper.toEvaluation(request, ruleset.trialProtocols(), ruleset.drugs()),
                security,
                service::check);
    }

    @ServerExceptionMapper
    public Response notEvaluable(TrialEvaluationException e) {
        return ProblemMappers.refusedField(e, "nothing was evaluated or stored.");
    }
}
