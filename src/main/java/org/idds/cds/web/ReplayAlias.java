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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.audit.ReplayResult;
import org.idds.cds.kernel.AssessmentKind;

/**
 * The replay aliases kept for existing callers ({@code POST /api/v1/prescription-checks/{id}/replay},
 * {@code /mdt-cases/{id}/replay}, {@code /trial-plans/{id}/replay}): one implementation, the one replay
 * ({@link AssessmentReplayResource}) for the resource's own kind only. A resource that keeps such an alias extends
 * this class with its kind; the alias answers at {@code {id}/replay} below the resource's path.
 */
public abstract class ReplayAlias {

    private final AssessmentReplays replays;
    private final AssessmentKind kind;

    protected ReplayAlias(AssessmentReplays replays, AssessmentKind kind) {
        this.replays = replays;
        this.kind = kind;
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON) // the resource's class-level @Produces does not reach this inherited method
    @Operation(
            summary = "Replay a stored assessment of this path's kind (alias of POST /api/v1/assessments/{id}/replay)",
            description = "Kept for existing callers: the same replay and the same answer as "
                    + "POST /api/v1/assessments/{id}/replay, for this path's kind of assessment only (another kind "
                    + "reads as not found here): re-runs the stored request at the instant it was made and reports "
                    + "whether the outcome and the rules of its findings are reproduced. Read-only: nothing new is "
                    + "stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(
            responseCode = "404",
            description = "No stored assessment of this path's kind has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not replayable here: the ruleset version it was made with is not held by this service "
                    + "(ruleset-unavailable), or a stored field is refused by today's input rules "
                    + "(stored-request-refused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // SmallRye OpenAPI documents @RolesAllowed on a resource's own methods only: an inherited one names its bearer
    // roles and its 401 / 403 itself (OpenApiSecurityTest)
    @APIResponse(responseCode = "401", description = "Not Authorized")
    @APIResponse(responseCode = "403", description = "Not Allowed")
    @SecurityRequirement(
            name = "bearer",
            scopes = {Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    @RolesAllowed({Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public ReplayResult replay(@PathParam("id") UUID id) {
        return replays.replay(id, kind);
    }
}
