package org.idds.cds.dosing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.audit.ReplayResult;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Prescription checks: every calculation with its steps and every finding with its sources; audited and replayable
 * (by {@link DosingReplayer}; this path's replay is an alias of {@code POST /api/v1/assessments/{id}/replay}).
 */
@Path("/api/v1/prescription-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dosing")
public class PrescriptionCheckResource {

    private final PrescriptionCheckService service;
    private final AssessmentReplays replays;
    private final Rulesets rulesets;
    private final AuditedRequests audited;

    public PrescriptionCheckResource(
            PrescriptionCheckService service, AssessmentReplays replays, Rulesets rulesets, AuditedRequests audited) {
        this.service = service;
        this.replays = replays;
        this.rulesets = rulesets;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "Check an intrathecal prescription",
            description = "Computes the daily volume and doses, the days to the alarm and the refill-due date with "
                    + "their steps, and checks them against the device model and the drug library; stored before "
                    + "the answer is sent.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PrescriptionCheckResult.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response check(@NotNull @Valid PrescriptionRequest request, @Context SecurityContext security) {
        return audited.answer(
                PrescriptionRequest.SCHEMA,
                request,
                received -> service.check(
                        PrescriptionMapper.toPrescription(
                                request, rulesets.active().drugs()),
                        Optional.ofNullable(request.caseReference()),
                        received,
                        Roles.caller(security)));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Replay a stored prescription check (alias of POST /api/v1/assessments/{id}/replay)",
            description = "Kept for existing callers: the same replay and the same answer as "
                    + "POST /api/v1/assessments/{id}/replay, for prescription checks only (another kind of assessment "
                    + "reads as not found here). Read-only: nothing new is stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(
            responseCode = "404",
            description = "No stored prescription check has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not replayable here: the ruleset version it was made with is not held by this service "
                    + "(ruleset-unavailable), or a stored field is refused by today's input rules "
                    + "(stored-request-refused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public ReplayResult replay(@PathParam("id") UUID id) {
        return replays.replay(id, AssessmentKind.PRESCRIPTION_CHECK);
    }

    @ServerExceptionMapper
    public Response notCalculable(PrescriptionException e) {
        return ProblemMappers.invalidRequest(
                List.of(new Problem.FieldError(e.field(), e.getMessage())), "nothing was checked or stored.");
    }
}
