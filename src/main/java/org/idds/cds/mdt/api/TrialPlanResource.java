package org.idds.cds.mdt.api;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.clinical.trial.TrialDrug;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.mdt.CandidacyNotPlannableException;
import org.idds.cds.mdt.Section;
import org.idds.cds.mdt.TrialPlanAnswer;
import org.idds.cds.mdt.TrialPlanQuestion;
import org.idds.cds.mdt.service.TrialPlanService;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.safety.ProcedureKind;
import org.idds.cds.safety.api.ProcedureCheckMapper;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.CapturesBody;
import org.idds.cds.web.InvalidRequestException;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.ProblemResponses;
import org.idds.cds.web.ReplayAlias;
import org.idds.cds.web.Roles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Trial plans (issue 18): from a stored candidacy assessment and the trial date, the trial concern's plan with the
 * safety concern's procedure check for that date, composed above the concerns and stored as one row. For the MDT only.
 */
@Path("/api/v1/trial-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trial")
public class TrialPlanResource extends ReplayAlias {

    /** The procedures a trial plan's procedure check may be about. */
    private static final Set<ProcedureKind> TRIALS =
            Set.of(ProcedureKind.TRIAL_SINGLE_SHOT, ProcedureKind.TRIAL_CATHETER);

    private static final String CANDIDACY_ID = "candidacyAssessmentId";

    private static final String NOTHING_DONE = "nothing was planned or stored.";

    private final TrialPlanService service;
    private final AuditedRequests audited;

    public TrialPlanResource(TrialPlanService service, AssessmentReplays replays, AuditedRequests audited) {
        super(replays, AssessmentKind.TRIAL_PLAN);
        this.service = service;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "Trial plan from a stored candidacy",
            description = "Reads the stored candidacy assessment (its verdict must be a candidate, provisional or not),"
                    + " runs the procedure check for the trial date when its section is given, and plans the trial:"
                    + " recommended or its omission proposed for the MDT, the protocols ranked with setting and"
                    + " observation (raised for respiratory risk), each open check, and whether the trial is ready to"
                    + " book or drafted. Stored as one assessment before the answer is sent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrialPlanAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, each bad field named (procedureCheck. for the procedure check's fields)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No stored assessment this caller may read has the candidacyAssessmentId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The candidacyAssessmentId names an assessment of another kind, or one whose verdict is not a"
                    + " candidate: no trial is planned",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response plan(@NotNull @Valid TrialPlanRequest request, @Context SecurityContext security) {
        return audited.answer(
                TrialPlanRequest.SCHEMA, request, ruleset -> question(request, ruleset), security, service::plan);
    }

    /** The plan asked, once the request's own fields are right beyond their annotations ({@link #problems}). */
    private static TrialPlanQuestion question(TrialPlanRequest request, Ruleset ruleset) {
        List<Problem.FieldError> errors = problems(request, ruleset);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors, NOTHING_DONE);
        }
        return toQuestion(request, ruleset);
    }

    /** The plan as asked, the procedure check read by safety's own mapper with the drugs of {@code ruleset}. */
    static TrialPlanQuestion toQuestion(TrialPlanRequest r, Ruleset ruleset) {
        return new TrialPlanQuestion(
                Optional.ofNullable(r.caseReference()),
                r.candidacyAssessmentId(),
                OffsetDateTime.parse(r.trialDate()),
                Optional.ofNullable(r.preferredProtocol()),
                Optional.ofNullable(r.preferredDrug()),
                Optional.ofNullable(r.procedureCheck()).map(p -> ProcedureCheckMapper.toCheck(p, ruleset.drugs())));
    }

    /**
     * What the request's own fields get wrong beyond their annotations: a protocol or drug no trial protocol of the
     * ruleset has; a procedure check about another procedure, at another time than the trial, or with its own case
     * reference.
     */
    static List<Problem.FieldError> problems(TrialPlanRequest r, Ruleset ruleset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<TrialProtocol> protocols = ruleset.trialProtocols();
        if (r.preferredProtocol() != null && protocols.stream().noneMatch(p -> p.id().equals(r.preferredProtocol()))) {
            errors.add(new Problem.FieldError(
                    "preferredProtocol",
                    "is not a trial protocol of the active ruleset: "
                            + String.join(
                                    ", ",
                                    protocols.stream().map(TrialProtocol::id).toList())));
        }
        if (r.preferredDrug() != null
                && protocols.stream()
                        .flatMap(p -> p.drugs().stream())
                        .map(TrialDrug::drug)
                        .noneMatch(r.preferredDrug()::equals)) {
            errors.add(new Problem.FieldError(
                    "preferredDrug", "is not a drug of any trial protocol of the active ruleset"));
        }
        var check = r.procedureCheck();
        if (check != null) {
            String section = Section.PROCEDURE_CHECK.field();
            if (check.caseReference() != null) {
                errors.add(new Problem.FieldError(
                        section + ".caseReference",
                        "is given once, for the whole plan: use the top-level caseReference"));
            }
            if (check.procedure().kind() != null
                    && TRIALS.stream()
                            .noneMatch(k -> k.name().equals(check.procedure().kind()))) {
                errors.add(new Problem.FieldError(
                        section + ".procedure.kind", "must be a trial: TRIAL_SINGLE_SHOT or TRIAL_CATHETER"));
            }
            if (check.procedure().plannedAt() != null
                    && r.trialDate() != null
                    && !OffsetDateTime.parse(check.procedure().plannedAt())
                            .isEqual(OffsetDateTime.parse(r.trialDate()))) {
                errors.add(new Problem.FieldError(
                        section + ".procedure.plannedAt", "must be the trial date: the check is run for the trial"));
            }
        }
        return errors;
    }

    @ServerExceptionMapper
    public Response candidacyNotPlannable(CandidacyNotPlannableException e) {
        List<Problem.FieldError> field = List.of(new Problem.FieldError(CANDIDACY_ID, e.getMessage()));
        return switch (e.reason()) {
            case NOT_FOUND ->
                ProblemMappers.problem(
                        404,
                        "not-found",
                        "Not found",
                        "No stored candidacy assessment has this id; nothing was planned.",
                        field);
            case NOT_A_CANDIDACY, NOT_A_CANDIDATE, ANSWER_FORMAT ->
                ProblemMappers.problem(
                        422,
                        "candidacy-not-plannable",
                        "No trial planned from this assessment",
                        "The assessment named is not a stored candidacy whose verdict is a candidate; nothing was planned"
                                + " or stored.",
                        field);
        };
    }

    @ServerExceptionMapper
    public Response procedureNotCheckable(ProcedureCheckException e) {
        return invalid(
                List.of(new Problem.FieldError(Section.PROCEDURE_CHECK.field() + "." + e.field(), e.getMessage())));
    }

    private static Response invalid(List<Problem.FieldError> errors) {
        return ProblemMappers.invalidRequest(errors, NOTHING_DONE);
    }
}
