package org.idds.cds.safety.api;

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
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.safety.ProcedureCheckResult;
import org.idds.cds.safety.service.ProcedureCheckService;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Procedure checks: each antithrombotic's hold before a planned neuraxial procedure and its restart after it, dated
 * from the cited holds, or why no date holds; audited, and replayed through {@code POST /api/v1/assessments/{id}/replay}
 * ({@link SafetyReplayer}).
 */
@Path("/api/v1/procedure-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety")
public class ProcedureCheckResource {

    private final ProcedureCheckService service;
    private final AuditedRequests audited;

    public ProcedureCheckResource(ProcedureCheckService service, AuditedRequests audited) {
        this.service = service;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "Check the antithrombotics before a planned neuraxial procedure",
            description = "For each anticoagulant or antiplatelet: the hold in hours with its source and verification, "
                    + "the latest time of the last dose and the earliest restart, or why no date is computed (a "
                    + "conflict, a drug not to be interrupted, a decision for the prescriber or haematology); stored "
                    + "before the answer is sent.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ProcedureCheckResult.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response check(@NotNull @Valid ProcedureCheckRequest request, @Context SecurityContext security) {
        return audited.answer(
                ProcedureCheckRequest.SCHEMA,
                request,
                ruleset -> ProcedureCheckMapper.toCheck(request, ruleset.drugs()),
                security,
                service::check);
    }

    @ServerExceptionMapper
    public Response notCheckable(ProcedureCheckException e) {
        return ProblemMappers.refusedField(e, "nothing was checked or stored.");
    }
}
