package org.idds.cds.kernel;

public enum AssessmentKind {
    CANDIDACY,
    REFERRAL_CHECK,
    PRESCRIPTION_CHECK
}
