package org.idds.cds.selection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.selection.InfectionStatus;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.input.BoundedList;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.validation.OneOf;

/**
 * A referrer's short check: the few questions an oncologist or palliative-care clinician can answer before
 * referral. Field paths match the MDT request so the answer's "please provide" list reads the same.
 */
@Schema(description = "Referrer's short eligibility check")
public record ReferralCheckRequest(
        @Size(max = 100) @Pattern(regexp = CandidacyRequest.NOT_BLANK, message = CandidacyRequest.NOT_BLANK_MESSAGE)
        String caseReference,

        @Valid CandidacyRequest.Patient patient,
        @Valid CandidacyRequest.Cancer cancer,
        @Valid Pain pain,
        @Valid CandidacyRequest.Prognosis prognosis,

        @BoundedList(max = InputLimits.MAX_MEDICATIONS, entries = "medications")
        @Size(max = InputLimits.MAX_MEDICATIONS)
        List<@NotNull @Valid MedicationDto> medications,

        @Valid Screening contraindications)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row; bump it with any change to the format. */
    public static final String SCHEMA = "referral-check-request/2";

    public record Pain(
            @DecimalMin(value = "0", message = InputLimits.PAIN_SCORE_RANGE)
            @DecimalMax(value = "10", message = InputLimits.PAIN_SCORE_RANGE)
            @Digits(integer = 2, fraction = 1, message = InputLimits.PAIN_SCORE_DECIMALS)
            @Schema(
                    description = "Worst pain, 0-10 numeric rating scale, at most one decimal",
                    minimum = "0",
                    maximum = "10")
            BigDecimal worstScore,

            Boolean intolerableSystemicSideEffects,

            @Schema(description = "Side-effect treatment or opioid rotation tried for the intolerable side effects")
            Boolean sideEffectManagementTried) {}

    public record Screening(@OneOf(InfectionStatus.class) String infection, Boolean patientDeclines) {}
}
