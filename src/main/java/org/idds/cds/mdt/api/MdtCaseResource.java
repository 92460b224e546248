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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.audit.AssessmentReplays;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.dosing.DrugOptions.InvalidPositionException;
import org.idds.cds.dosing.DrugOptions.NoDrugAlgorithmException;
import org.idds.cds.dosing.api.PrescriptionMapper;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.RefusedFieldException;
import org.idds.cds.mdt.CandidacyNotPlannableException;
import org.idds.cds.mdt.MdtCase;
import org.idds.cds.mdt.MdtCaseAnswer;
import org.idds.cds.mdt.Section;
import org.idds.cds.mdt.service.MdtCaseService;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.safety.api.FollowUpCheckMapper;
import org.idds.cds.safety.api.ProcedureCheckMapper;
import org.idds.cds.selection.api.RequestMapper;
import org.idds.cds.trial.api.TrialEvaluationMapper;
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
 * MDT cases: the candidacy assessment, and optionally the prescription check, the drug options, the procedure check,
 * the follow-up check and the trial evaluation, of one patient
 * at one moment in one answer, stored as one row. For the MDT only.
 */
@Path("/api/v1/mdt-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "MDT")
public class MdtCaseResource extends ReplayAlias {

    private static final String NOTHING_DONE = "nothing was assessed or stored.";

    private final MdtCaseService service;
    private final AuditedRequests audited;

    public MdtCaseResource(MdtCaseService service, AssessmentReplays replays, AuditedRequests audited) {
        super(replays, AssessmentKind.MDT_CASE);
        this.service = service;
        this.audited = audited;
    }

    @POST
    @CapturesBody
    @Operation(
            summary = "MDT case across concerns",
            description = "Runs the candidacy assessment and, when their sections are given, the prescription check,"
                    + " the drug options, the procedure check (planned procedure, antithrombotics) and the follow-up"
                    + " check (a post-implant event) and the trial evaluation (an intrathecal trial as recorded) on one"
                    + " patient at one moment, under one ruleset; each concern's verdict"
                    + " or status stands in its section, and the findings of all are one list ordered by severity,"
                    + " concern and rule id (findings that rest on the same governed statement or figures are one"
                    + " item naming every rule). Stored as one assessment before the answer is sent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MdtCaseAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid input, each bad field named with its section (candidacy., prescriptionCheck.,"
                    + " drugOptions., procedureCheck., followUpCheck., trialEvaluation.)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Extension(name = ProblemResponses.AUDITED, value = "true")
    @RolesAllowed(Roles.MDT_CLINICIAN)
    public Response compose(@NotNull @Valid MdtCaseRequest request, @Context SecurityContext security) {
        return audited.answer(
                MdtCaseRequest.SCHEMA, request, ruleset -> question(request, ruleset), security, service::compose);
    }

    /** The case, once the request's own fields are right beyond their annotations (else refused, each field named). */
    private static MdtCase question(MdtCaseRequest request, Ruleset ruleset) {
        List<Problem.FieldError> twice = new ArrayList<>();
        if (request.candidacy().caseReference() != null) {
            twice.add(caseReferenceInSection(Section.CANDIDACY));
        }
        if (request.prescriptionCheck() != null && request.prescriptionCheck().caseReference() != null) {
            twice.add(caseReferenceInSection(Section.PRESCRIPTION_CHECK));
        }
        if (request.procedureCheck() != null && request.procedureCheck().caseReference() != null) {
            twice.add(caseReferenceInSection(Section.PROCEDURE_CHECK));
        }
        if (request.followUpCheck() != null && request.followUpCheck().caseReference() != null) {
            twice.add(caseReferenceInSection(Section.FOLLOW_UP_CHECK));
        }
        if (request.trialEvaluation() != null && request.trialEvaluation().caseReference() != null) {
            twice.add(caseReferenceInSection(Section.TRIAL_EVALUATION));
        }
        if (request.trialPlan() != null) {
            twice.addAll(trialPlanProblems(request, ruleset));
        }
        if (!twice.isEmpty()) {
            throw new InvalidRequestException(twice, NOTHING_DONE);
        }
        return toCase(request, ruleset);
    }

    /** The case as each concern reads its section, with the drugs and device models of {@code ruleset}. */
    static MdtCase toCase(MdtCaseRequest r, Ruleset ruleset) {
        DrugCatalogue drugs = ruleset.drugs();
        return new MdtCase(
                Optional.ofNullable(r.caseReference()),
                RequestMapper.toCase(r.candidacy()),
                Optional.ofNullable(r.prescriptionCheck()).map(p -> PrescriptionMapper.toPrescription(p, drugs)),
                Optional.ofNullable(r.drugOptions())
                        .map(o -> new MdtCase.DrugOptionsQuestion(o.position(), o.conditions())),
                Optional.ofNullable(r.procedureCheck()).map(p -> ProcedureCheckMapper.toCheck(p, drugs)),
                Optional.ofNullable(r.followUpCheck())
                        .map(f -> FollowUpCheckMapper.toCheck(f, drugs, ruleset.deviceModels())),
                Optional.ofNullable(r.trialEvaluation())
                        .map(t -> TrialEvaluationMapper.toEvaluation(t, ruleset.trialProtocols(), drugs)),
                Optional.ofNullable(r.trialPlan())
                        .map(p -> new MdtCase.PlanQuestion(
                                java.time.OffsetDateTime.parse(p.trialDate()),
                                Optional.ofNullable(p.preferredProtocol()),
                                Optional.ofNullable(p.preferredDrug()))));
    }

    /**
     * What the trial plan's section gets wrong beyond its annotations, as the trial-plan endpoint says it (a protocol
     * or drug no trial protocol has; a procedure check about a trial at another time than the trial date), named with
     * the section ({@code trialPlan.preferredProtocol}, {@code procedureCheck.procedure.plannedAt}).
     */
    private static List<Problem.FieldError> trialPlanProblems(MdtCaseRequest r, Ruleset ruleset) {
        var check = r.procedureCheck();
        boolean aboutTheTrial = check != null
                && check.procedure().kind() != null
                && List.of("TRIAL_SINGLE_SHOT", "TRIAL_CATHETER")
                        .contains(check.procedure().kind());
        TrialPlanRequest asPlan = new TrialPlanRequest(
                null,
                null,
                r.trialPlan().trialDate(),
                r.trialPlan().preferredProtocol(),
                r.trialPlan().preferredDrug(),
                aboutTheTrial ? check : null);
        return TrialPlanResource.problems(asPlan, ruleset).stream()
                .filter(e -> !e.field().equals(Section.PROCEDURE_CHECK.field() + ".caseReference"))
                .map(e -> e.field().startsWith(Section.PROCEDURE_CHECK.field() + ".")
                        ? e
                        : new Problem.FieldError(Section.TRIAL_PLAN_IN_CASE.field() + "." + e.field(), e.message()))
                .toList();
    }

    /** A field a concern refuses after validation, named with its section ({@code prescriptionCheck.fill.date}). */
    @ServerExceptionMapper
    public Response refused(RefusedFieldException e) {
        return invalid(List.of(new Problem.FieldError(Section.refusedField(e), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response candidacyNotPlannable(CandidacyNotPlannableException e) {
        return invalid(List.of(new Problem.FieldError(
                Section.TRIAL_PLAN_IN_CASE.field(), "cannot be planned: the case's candidacy " + e.getMessage())));
    }

    @ServerExceptionMapper
    public Response invalidPosition(InvalidPositionException e) {
        return invalid(e.problems().stream()
                .map(p -> new Problem.FieldError(Section.DRUG_OPTIONS.field() + "." + p.field(), p.message()))
                .toList());
    }

    @ServerExceptionMapper
    public Response noAlgorithm(NoDrugAlgorithmException e) {
        return invalid(List.of(new Problem.FieldError(
                Section.DRUG_OPTIONS.field(),
                "cannot be answered: the active ruleset holds no drug-selection algorithm; leave the section out")));
    }

    private static Problem.FieldError caseReferenceInSection(Section section) {
        return new Problem.FieldError(
                section.field() + ".caseReference",
                "is given once, for the whole case: use the top-level caseReference");
    }

    private static Response invalid(List<Problem.FieldError> errors) {
        return ProblemMappers.invalidRequest(errors, NOTHING_DONE);
    }
}
