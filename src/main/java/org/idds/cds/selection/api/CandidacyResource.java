package org.idds.cds.selection.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.ReferralCheckResult;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ReceivedBody;
import org.idds.cds.web.Roles;

/**
 * Candidacy assessments: the MDT's full assessment, the referrer's short check, and reading a stored answer (their
 * replay: {@link SelectionReplayer}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidacy")
public class CandidacyResource {

    private final AssessmentService service;
    private final ObjectMapper json;
    private final ReceivedBody received;

    public CandidacyResource(AssessmentService service, ObjectMapper json, ReceivedBody received) {
        this.service = service;
        this.json = json;
        this.received = received;
    }

    @POST
    @CapturesBody
    @Path("/candidacy-assessments")
    @Operation(
            summary = "Full MDT candidacy assessment",
            description = "Runs the active selection ruleset, stores the request and answer, and returns the verdict "
                    + "with every recommendation's rule, citations and basis.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CandidacyAssessment.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Audit database unavailable; nothing returned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Body larger than 64 KB; nothing read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Content-Type missing or not application/json (UTF-8)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response assess(@NotNull @Valid CandidacyRequest request, @Context SecurityContext security) {
        Recorded<CandidacyAssessment> recorded = service.assessCandidacy(
                RequestMapper.toCase(request),
                Optional.ofNullable(request.caseReference()),
                new ReceivedRequest(CandidacyRequest.SCHEMA, received.get(), write(request)),
                Roles.caller(security));
        return Response.ok(recorded.json(), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @CapturesBody
    @Path("/referral-checks")
    @Operation(
            summary = "Referrer's short eligibility check",
            description =
                    "A few questions, a plain-language outcome, and what the MDT will need next. Stored like an assessment.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralCheckResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Audit database unavailable; nothing returned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Body larger than 64 KB; nothing read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Content-Type missing or not application/json (UTF-8)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN})
    public Response check(@NotNull @Valid ReferralCheckRequest request, @Context SecurityContext security) {
        Recorded<ReferralCheckResult> recorded = service.checkReferral(
                RequestMapper.toCase(request),
                Optional.ofNullable(request.caseReference()),
                new ReceivedRequest(ReferralCheckRequest.SCHEMA, received.get(), write(request)),
                Roles.caller(security));
        return Response.ok(recorded.json(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/assessments/{id}")
    @Operation(
            summary = "Read a stored assessment or referral check",
            description =
                    "Returns exactly the body that was returned when it was made; the ruleset version is in the body "
                            + "and in the X-Ruleset-Version header.")
    @APIResponse(
            responseCode = "404",
            description = "No such assessment, or not one this caller may read (a referrer reads "
                    + "only the referral checks they made)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.CLINICAL_SAFETY_OFFICER})
    public Response stored(@PathParam("id") UUID id, @Context SecurityContext security) {
        StoredAssessment stored = service.find(id, Roles.caller(security));
        return Response.ok(stored.responseJson(), MediaType.APPLICATION_JSON)
                .header("X-Ruleset-Version", stored.rulesetVersion())
                .header("X-Ruleset-Hash", stored.rulesetHash())
                .build();
    }

    private String write(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated request could not be serialised", e);
        }
    }
}
