package org.idds.cds.dosing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.dosing.DrugOptions;
import org.idds.cds.dosing.DrugOptions.InvalidPositionException;
import org.idds.cds.dosing.DrugOptions.NoDrugAlgorithmException;
import org.idds.cds.dosing.DrugOptionsResult;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * PACC drug selection: the options of the active ruleset's drug-selection algorithm, line by line, for the patient's
 * position on that edition's axes, each option offered or not and why. A read of governed knowledge, like
 * {@code GET /api/v1/drug-library}: not stored in the audit (the answer is a function of the three inputs and the
 * ruleset version and hash it names; no patient identifier is taken). A prescription that uses a drug is checked, and
 * stored, by {@code POST /api/v1/prescription-checks}, which flags ziconotide with a history of psychosis again.
 */
@Path("/api/v1/drug-options")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dosing")
public class DrugOptionsResource {

    private final Rulesets rulesets;

    public DrugOptionsResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @POST
    @Operation(
            summary = "Intrathecal drug options by algorithm line (PACC)",
            description = "The lines of one published algorithm (PACC 2017) in order for the patient's population and"
                    + " pain distribution, each option OFFERED, EXCLUDED (with the reason and its source) or"
                    + " NOT_OFFERED_UNTIL_KNOWN; every line with its citations, unverified lines flagged, the edition"
                    + " marked when a newer one supersedes it, and whether lines are not encoded (notEncoded). Keys and"
                    + " computed values only: the edition's name, line notes, reason wording and the not-encoded text"
                    + " are the algorithm file's, GET /api/v1/rulesets/{hash}/algorithms/{algorithm.id}. Not stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DrugOptionsResult.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input: a missing axis, a value the algorithm does not declare, an axis it does not"
                    + " have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public DrugOptionsResult options(@NotNull @Valid DrugOptionsRequest request) {
        return new DrugOptions(rulesets.active()).options(request.position(), request.conditions());
    }

    @ServerExceptionMapper
    public Response invalidPosition(InvalidPositionException e) {
        return ProblemMappers.invalidRequest(
                e.problems().stream()
                        .map(p -> new Problem.FieldError(p.field(), p.message()))
                        .toList(),
                "nothing was answered.");
    }

    @ServerExceptionMapper
    public Response noAlgorithm(NoDrugAlgorithmException e) {
        return ProblemMappers.problem(
                404,
                "not-found",
                "Not found",
                "The active ruleset holds no drug-selection algorithm, so no drug options can be given.",
                List.of());
    }
}
