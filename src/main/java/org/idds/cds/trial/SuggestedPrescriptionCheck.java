package org.idds.cds.trial;

import java.util.List;

/**
 * A prescription check the trial suggests, in the field names of dosing's request ({@code POST
 * /api/v1/prescription-checks}), never sent: the context {@code FIRST_DOSE} (the first intrathecal dose), the trial's
 * drugs as the reservoir contents, the basal dose's drug WITHOUT a daily dose (the clinician adds it; it is never
 * derived from a bolus), and the patient's opioid status. The trial concern does not import dosing: these records
 * only spell its field names.
 */
public record SuggestedPrescriptionCheck(String context, List<Content> contents, BasalDose basalDose, Patient patient) {

    /** The first intrathecal dose, as dosing names the context. */
    public static final String FIRST_DOSE = "FIRST_DOSE";

    public SuggestedPrescriptionCheck {
        contents = List.copyOf(contents);
    }

    /** A reservoir drug (the concentration is the prescriber's, with the device). */
    public record Content(String drug) {}

    /** The basal dose's drug; the daily dose is for the clinician to add. */
    public record BasalDose(String drug) {}

    /** The patient's opioid status, as dosing reads it. */
    public record Patient(TrialOpioidStatus opioidStatus) {}
}
