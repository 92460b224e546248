package org.idds.cds.assessment;

public enum AssessmentKind {
    CANDIDACY,
    REFERRAL_CHECK
}
