package org.idds.cds.selection.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.selection.CandidacyAssessment;
import org.idds.cds.selection.ReferralCheckResult;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.web.AnswerViews;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ProblemResponses;
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
    private final AuditedRequests audited;
    private final AnswerViews views;

    public CandidacyResource(AssessmentService service, AuditedRequests audited, AnswerViews views) {
        this.service = service;
        this.audited = audited;
        this.views = views;
    }

    @POST
    @CapturesBody
    @Path("/candidacy-assessments")
    @Operation(
            summary = "Full MDT candidacy assessment",
            description = "Runs the active selection ruleset, stores the request and answer, and returns the verdict "
                    + "with every recommendation's rule, citations and basis.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CandidacyAssessment.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response assess(@NotNull @Valid CandidacyRequest request, @Context SecurityContext security) {
        return audited.answer(
                CandidacyRequest.SCHEMA,
                request,
                ruleset -> RequestMapper.toCase(request),
                security,
                service::assessCandidacy);
    }

    @POST
    @CapturesBody
    @Path("/referral-checks")
    @Operation(
            summary = "Referrer's short eligibility check",
            description =
                    "A few questions, a plain-language outcome, and what the MDT will need next. Stored like an assessment.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralCheckResult.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN})
    public Response check(@NotNull @Valid ReferralCheckRequest request, @Context SecurityContext security) {
        return audited.answer(
                ReferralCheckRequest.SCHEMA,
                request,
                ruleset -> RequestMapper.toCase(request),
                security,
                service::checkReferral);
    }

    @GET
    @Path("/assessments/{id}")
    @Operation(
            summary = "Read a stored assessment or referral check",
            description = "Without view: exactly the body that was returned when it was made; the ruleset version is "
                    + "in the body and in the X-Ruleset-Version header. With view=full: the stored compact answer "
                    + "(format idds-answer/2) with every ruleset text it names expanded by key (rule titles and "
                    + "details, citations with locators and source labels, figure descriptions, input labels, the "
                    + "disclaimer) and an evidence object holding each rule, figure, source and statement it names, "
                    + "once; header X-View: full. A row stored in format idds-answer/1 carried its text inline and is "
                    + "returned as stored, with X-View: stored.")
    @APIResponse(
            responseCode = "200",
            description = "The stored answer (or its full view)",
            headers = {
                @Header(name = "X-View", description = "full, or stored (a row in format idds-answer/1 with view=full)")
            })
    @APIResponse(
            responseCode = "400",
            description = "view is not \"full\"",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such assessment, or not one this caller may read (a referrer reads "
                    + "only the referral checks they made)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "view=full for an answer whose ruleset this service does not hold",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.CLINICAL_SAFETY_OFFICER})
    public Response stored(
            @PathParam("id") UUID id,
            @QueryParam(AnswerViews.PARAMETER)
                    @Parameter(
                            description = "full: expand every ruleset text by key and add evidence; leave out for "
                                    + "the stored bytes")
                    String view,
            @Context SecurityContext security) {
        Optional<String> asked = Optional.ofNullable(view);
        Optional<Response> refused = AnswerViews.refused(asked);
        if (refused.isPresent()) {
            return refused.get();
        }
        StoredAssessment stored = service.find(id, Roles.caller(security));
        return views.render(stored, asked);
    }
}
