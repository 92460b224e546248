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
import org.idds.cds.safety.FollowUpCheckException;
import org.idds.cds.safety.FollowUpCheckResult;
import org.idds.cds.safety.service.FollowUpCheckService;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Follow-up checks: one post-implant event (a refill, a follow-up visit, a new symptom) and the device events it
 * shows (a refill discrepancy, a pocket fill, a refill through the catheter access port, ...), with their actions and
 * sources; for the MDT and the refill clinic (role {@code mdt-clinician}); audited, and replayed through
 * {@code POST /api/v1/assessments/{id}/replay} ({@link SafetyReplayer}).
 */
@Path("/api/v1/follow-up-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety")
public class FollowUpCheckResource {

    private final FollowUpCheckService service;
    private final AuditedRequests audited;

    public FollowUpCheckResource(FollowUpCheckService service, AuditedRequests audited) {
        this.service = service;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "Check one post-implant event: refill, follow-up visit or new symptom",
            description = "The device events the event shows, critical first, each with its actions, sources and "
                    + "verification: a refill's aspirated volume against the volume expected from the programmed "
                    + "rate (worked out figure by figure), a pocket fill, a refill through the catheter access port, "
                    + "a low reservoir, the replacement indicator, skin erosion, a flipped pump, and what to watch "
                    + "after a refill; stored before the answer is sent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowUpCheckResult.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response check(@NotNull @Valid FollowUpCheckRequest request, @Context SecurityContext security) {
        return audited.answer(
                FollowUpCheckRequest.SCHEMA,
                request,
                ruleset -> FollowUpCheckMapper.toCheck(request, ruleset.drugs(), ruleset.deviceModels()),
                security,
                service::check);
    }

    @ServerExceptionMapper
    public Response notCheckable(FollowUpCheckException e) {
        return ProblemMappers.refusedField(e, "nothing was checked or stored.");
    }
}
