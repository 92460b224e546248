package org.idds.cds.mdt;

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
}
