package org.idds.cds.dosing.api;

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
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.dosing.service.PrescriptionCheckService;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.ReplayAlias;
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
public class PrescriptionCheckResource extends ReplayAlias {

    private final PrescriptionCheckService service;
    private final AuditedRequests audited;

    public PrescriptionCheckResource(
            PrescriptionCheckService service, AssessmentReplays replays, AuditedRequests audited) {
        super(replays, AssessmentKind.PRESCRIPTION_CHECK);
        this.service = service;
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
                ruleset -> PrescriptionMapper.toPrescription(request, ruleset.drugs()),
                security,
                service::check);
    }

    @ServerExceptionMapper
    public Response notCalculable(PrescriptionException e) {
        return ProblemMappers.refusedField(e, "nothing was checked or stored.");
    }
}
