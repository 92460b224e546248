package org.idds.cds.mdt;

import java.util.Map;
import java.util.Optional;
import org.idds.cds.dosing.PatientConditions;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.safety.FollowUpCheck;
import org.idds.cds.safety.ProcedureCheck;
import org.idds.cds.selection.patient.CandidacyCase;
import org.idds.cds.trial.TrialEvaluation;

/**
 * One patient at one moment, as each concern reads it: the candidacy case (always), and optionally the prescription
 * to check, the position on the drug-selection algorithm's axes and the planned procedure with what its check needs, and a post-implant event with the pump at it (the follow-up check), an intrathecal trial as recorded (the trial evaluation), and the trial to plan (from the case's own candidacy, with
 * the case's procedure check when that is about a trial). Each section is its concern's own input, parsed
 * by its concern's own rules; the case reference is given once, for the whole case.
 */
public record MdtCase(
        Optional<String> caseReference,
        CandidacyCase candidacy,
        Optional<Prescription> prescription,
        Optional<DrugOptionsQuestion> drugOptions,
        Optional<ProcedureCheck> procedureCheck,
        Optional<FollowUpCheck> followUpCheck,
        Optional<TrialEvaluation> trialEvaluation,
        Optional<PlanQuestion> trialPlan) {

    /** The trial to plan: its date and time, and the protocol and drug preferred, if any. */
    public record PlanQuestion(
            java.time.OffsetDateTime trialDate, Optional<String> preferredProtocol, Optional<String> preferredDrug) {}

    /** The patient's position on the algorithm's axes (axis name to value) and what is known of the conditions. */
    public record DrugOptionsQuestion(Map<String, String> position, PatientConditions conditions) {
        public DrugOptionsQuestion {
            position = Map.copyOf(position);
        }
    }
}
