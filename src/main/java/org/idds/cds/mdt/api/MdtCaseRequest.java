package org.idds.cds.mdt.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.dosing.api.DrugOptionsRequest;
import org.idds.cds.dosing.api.PrescriptionRequest;
import org.idds.cds.safety.api.FollowUpCheckRequest;
import org.idds.cds.safety.api.ProcedureCheckRequest;
import org.idds.cds.selection.api.CandidacyRequest;
import org.idds.cds.trial.api.TrialEvaluationRequest;
import org.idds.cds.web.input.InputLimits;

/**
 * One patient at one moment for the MDT: a case reference and one section per concern, each in that concern's own
 * request format and read by its own rules (unknown fields refused; a bad field is named with its section, e.g.
 * {@code candidacy.pain.worstScore}). The candidacy is required; the prescription check and the drug options are
 * asked for by giving their section, and so are the procedure check (the planned procedure with its date and time) the follow-up check (a post-implant event), the trial evaluation (an intrathecal trial as recorded) and the trial plan
 * (from this case's candidacy, with its procedure check when that is about a trial at the trial date). The case reference is given once, here, not in a section.
 */
@Schema(description = "MDT case: one patient at one moment across concerns")
public record MdtCaseRequest(
        @Size(max = 100)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out when there is none")
        @Schema(description = "Optional local case reference; stored, never logged")
        String caseReference,

        @NotNull(message = "is required: an MDT case is about a candidate (the candidacy assessment request)")
        @Valid
        @Schema(description = "The candidacy assessment request (as POST /api/v1/candidacy-assessments)")
        CandidacyRequest candidacy,

        @Valid @Schema(description = "Optional: the prescription to check (as POST /api/v1/prescription-checks)")
        PrescriptionRequest prescriptionCheck,

        @Valid
        @Schema(description = "Optional: the position on the drug-selection algorithm (as POST /api/v1/drug-options)")
        DrugOptionsRequest drugOptions,

        @Valid
        @Schema(
                description = "Optional: the planned procedure (kind, date and time) with each antithrombotic's last"
                        + " dose, for the procedure check (as POST /api/v1/procedure-checks): it dates the holds")
        ProcedureCheckRequest procedureCheck,

        @Valid
        @Schema(
                description = "Optional: a post-implant event (refill, follow-up visit, new symptom, planned MRI) with"
                        + " the pump at it and what was observed, for the follow-up check (as POST"
                        + " /api/v1/follow-up-checks)")
        FollowUpCheckRequest followUpCheck,

        @Valid
        @Schema(
                description = "Optional: an intrathecal (or epidural) trial as recorded, for the trial evaluation (as"
                        + " POST /api/v1/trial-evaluations): the relief against the site's cited policy, or against"
                        + " each cited figure when the site sets none, and the hand-over")
        TrialEvaluationRequest trialEvaluation,

        @Valid
        @Schema(
                description = "Optional: the trial to plan (as POST /api/v1/trial-plans, without a stored candidacy"
                        + " id: the plan's candidacy is this case's own; its procedure check is this case's"
                        + " procedureCheck section when that is about a trial, at the trial date)")
        TrialPlanSection trialPlan) {

    /** The trial to plan in an MDT case: the trial-plan request's own fields, less the candidacy and procedure check. */
    public record TrialPlanSection(
            @NotNull(message = "is required: the planned date and time of the trial, with its offset")
            @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
            @Schema(description = "Planned date and time of the trial with its offset")
            String trialDate,

            @Size(max = 100)
            @Pattern(regexp = InputLimits.PROTOCOL_ID, message = InputLimits.PROTOCOL_ID_MESSAGE)
            @Schema(description = "Optional: the trial protocol preferred (an id of GET /api/v1/trial-protocols)")
            String preferredProtocol,

            @Size(max = 100)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out when there is none")
            @Schema(description = "Optional: the drug preferred for the trial")
            String preferredDrug) {}

    /**
     * The version of this request format, recorded with every audit row; bump it with any change to the format
     * (2: the procedure check; 3: the follow-up check; 4: the trial evaluation and the trial plan; rows of every earlier version still
     * replay, their sections being optional).
     */
    public static final String SCHEMA = "mdt-case-request/4";
}
