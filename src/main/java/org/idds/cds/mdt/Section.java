package org.idds.cds.mdt;

import org.idds.cds.dosing.DosingCalculator.PrescriptionException;
import org.idds.cds.kernel.RefusedFieldException;
import org.idds.cds.safety.FollowUpCheckException;
import org.idds.cds.safety.ProcedureCheckException;
import org.idds.cds.trial.TrialEvaluationException;

/**
 * The concern answers an MDT case (or a trial plan) is composed of, in the order they stand in the answer.
 */
public enum Section {
    CANDIDACY("candidacy"),
    PRESCRIPTION_CHECK("prescriptionCheck"),
    PROCEDURE_CHECK("procedureCheck"),
    FOLLOW_UP_CHECK("followUpCheck"),
    TRIAL_EVALUATION("trialEvaluation"),
    /** The trial plan's section in an MDT case (planned from the case's own candidacy). */
    TRIAL_PLAN_IN_CASE("trialPlan"),
    DRUG_OPTIONS("drugOptions"),
    /** A trial plan's own section (the trial concern's plan), in the answer of a trial plan. */
    TRIAL_PLAN("plan");

    private final String field;

    Section(String field) {
        this.field = field;
    }

    /** The section's name in the request and in the answer ({@code prescriptionCheck}). */
    public String field() {
        return field;
    }

    /**
     * The request field a concern refused, named with the section of the case it stands in
     * ({@code prescriptionCheck.fill.date}): each concern refuses a field of its own section only.
     */
    public static String refusedField(RefusedFieldException e) {
        Section section;
        if (e instanceof PrescriptionException) {
            section = PRESCRIPTION_CHECK;
        } else if (e instanceof ProcedureCheckException) {
            section = PROCEDURE_CHECK;
        } else if (e instanceof FollowUpCheckException) {
            section = FOLLOW_UP_CHECK;
        } else if (e instanceof TrialEvaluationException) {
            section = TRIAL_EVALUATION;
        } else {
            throw new IllegalStateException(
                    "no section of an MDT case refuses " + e.getClass().getSimpleName());
        }
        return section.field() + "." + e.field();
    }
}
