package org.idds.cds.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.api.validation.Duration;
import org.idds.cds.api.validation.OneOf;
import org.idds.cds.domain.CancerStatus;
import org.idds.cds.domain.InfectionStatus;

/**
 * A referrer's short check: the few questions an oncologist or palliative-care clinician can answer before
 * referral. Field paths match the MDT request so the answer's "please provide" list reads the same.
 */
@Schema(description = "Referrer's short eligibility check")
public record ReferralCheckRequest(
        @Size(max = 100) String caseReference,
        @Valid CandidacyRequest.Patient patient,
        @Valid CandidacyRequest.Cancer cancer,
        @Valid Pain pain,
        @Valid CandidacyRequest.Prognosis prognosis,
        List<@NotNull @Valid MedicationDto> medications,
        @Valid Screening contraindications) {

    public record Pain(@Min(0) @Max(10) Integer worstScore, Boolean intolerableSystemicSideEffects) {}

    public record Screening(@OneOf(InfectionStatus.class) String infection, Boolean patientDeclines) {}
}
