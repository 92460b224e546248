package org.idds.cds.mdt.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.safety.api.ProcedureCheckRequest;
import org.idds.cds.web.input.InputLimits;

/**
 * A trial plan asked for: the id of a stored candidacy assessment, the trial's date and time, optionally the protocol
 * (or the drug) preferred, and optionally the planned trial's procedure check in the safety concern's own request format
 * (its procedure a trial, {@code TRIAL_SINGLE_SHOT} or {@code TRIAL_CATHETER}, planned at the trial date), read by
 * safety's own rules. Unknown fields refused; the case reference is given once, here.
 */
@Schema(description = "Trial plan: a stored candidacy assessment, the trial date, and optionally its procedure check")
public record TrialPlanRequest(
        @Size(max = 100)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out when there is none")
        @Schema(description = "Optional local case reference; stored, never logged")
        String caseReference,

        @NotNull(message = "is required: the id of a stored candidacy assessment whose verdict is a candidate")
        @Schema(description = "The id of a stored candidacy assessment (POST /api/v1/candidacy-assessments)")
        UUID candidacyAssessmentId,

        @NotNull(message = "is required: the planned date and time of the trial, with its offset")
        @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
        @Schema(description = "Planned date and time of the trial with its offset, e.g. 2026-12-14T08:30:00+01:00")
        String trialDate,

        @Size(max = 100)
        @Pattern(regexp = InputLimits.PROTOCOL_ID, message = InputLimits.PROTOCOL_ID_MESSAGE)
        @Schema(description = "Optional: the trial protocol preferred (an id of GET /api/v1/trial-protocols)")
        String preferredProtocol,

        @Size(max = 100)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out when there is none")
        @Schema(description = "Optional: the drug preferred for the trial (a drug of one of the trial protocols)")
        String preferredDrug,

        @Valid
        @Schema(
                description = "Optional: the planned trial's procedure check (as POST /api/v1/procedure-checks): its"
                        + " procedure TRIAL_SINGLE_SHOT or TRIAL_CATHETER at the trial date, each antithrombotic's last"
                        + " dose, dated labs, the infection items")
        ProcedureCheckRequest procedureCheck) {

    /** The version of this request format, recorded with every audit row; bump it with any change to the format. */
    public static final String SCHEMA = "trial-plan-request/1";
}
