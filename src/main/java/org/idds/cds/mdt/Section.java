package org.idds.cds.mdt;

/** The concern answers an MDT case is composed of, in the order they stand in the answer. */
public enum Section {
    CANDIDACY("candidacy"),
    PRESCRIPTION_CHECK("prescriptionCheck"),
    PROCEDURE_CHECK("procedureCheck"),
    FOLLOW_UP_CHECK("followUpCheck"),
    TRIAL_EVALUATION("trialEvaluation"),
    DRUG_OPTIONS("drugOptions");

    private final String field;

    Section(String field) {
        this.field = field;
    }

    /** The section's name in the request and in the answer ({@code prescriptionCheck}). */
    public String field() {
        return field;
    }
}
