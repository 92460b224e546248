package org.idds.cds.kernel;

public enum AssessmentKind {
    CANDIDACY,
    REFERRAL_CHECK,
    PRESCRIPTION_CHECK,
    /** One patient at one moment across concerns (org.idds.cds.mdt): one row for the composed answer. */
    MDT_CASE
}
