package org.idds.cds.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.audit.ReplayResult;

/**
 * The one replay of a stored assessment, whatever its kind: dispatched by the row's kind to the concern that made it
 * ({@link AssessmentReplays}); every kind answers the same shape.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentReplayResource {

    private final AssessmentReplays replays;

    public AssessmentReplayResource(AssessmentReplays replays) {
        this.replays = replays;
    }

    @POST
    @Path("/assessments/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Replay a stored assessment with the ruleset version it was made with",
            description = "Any kind (candidacy assessment, referral check, prescription check): re-runs the stored "
                    + "request on the exact ruleset version and content hash it was made with, on the day it was "
                    + "made, and reports whether the outcome (verdict or status) and the findings (rule ids and "
                    + "versions, with their effects where the kind has them) are reproduced. The stored answer is read "
                    + "by the answer format it was stored in (response_schema; rows without one are idds-answer/1). "
                    + "Outcomes and rule ids only, no patient data. Read-only: nothing new is stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(
            responseCode = "404",
            description = "No stored assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not replayable here: the ruleset version it was made with is not held by this service, or "
                    + "not with the content hash it recorded (ruleset-unavailable); a stored field is refused by "
                    + "today's input rules (stored-request-refused); its answer format or kind is not replayed by "
                    + "this build (answer-format-unknown, replay-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Audit database unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public ReplayResult replay(@PathParam("id") UUID id) {
        return replays.replay(id);
    }
}
