package org.idds.cds.kernel;

public enum AssessmentKind {
    CANDIDACY,
    REFERRAL_CHECK,
    PRESCRIPTION_CHECK,
    /** One patient at one moment across concerns (org.idds.cds.mdt): one row for the composed answer. */
    MDT_CASE,
    /** Antithrombotics before a planned neuraxial procedure (org.idds.cds.safety, issue 17). */
    PROCEDURE_CHECK,
    /** One post-implant event (a refill, a follow-up visit, a new symptom) and its device events (issue 17). */
    FOLLOW_UP_CHECK,
    /** An intrathecal trial evaluated against the site's cited success policy (org.idds.cds.trial, issue 18). */
    TRIAL_EVALUATION,

    /**
     * A trial plan (issue 18): the trial concern's plan from a stored candidacy, with the procedure check for the trial
     * date, composed above the concerns (org.idds.cds.mdt).
     */
    TRIAL_PLAN
}
