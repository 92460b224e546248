package org.idds.cds.mdt;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.safety.ProcedureCheck;

/**
 * A trial plan asked for: the stored candidacy assessment it is made from (by id), the trial's date and time, the
 * protocol or drug preferred (optional), and the planned trial's procedure check in the safety concern's own terms
 * (optional; its procedure is the trial, dated at the trial date). The case reference is given once, for the plan.
 */
public record TrialPlanQuestion(
        Optional<String> caseReference,
        UUID candidacyAssessmentId,
        OffsetDateTime trialDate,
        Optional<String> preferredProtocol,
        Optional<String> preferredDrug,
        Optional<ProcedureCheck> procedureCheck) {}
