package org.idds.cds.trial;

/** The success criteria a trial evaluation shows, each met, not met or not recorded. */
public enum TrialCriterion {
    /** The relief against the site's cited success threshold (for a referral for uncontrolled pain). */
    RELIEF_AT_LEAST_SITE_THRESHOLD,
    /** Functional improvement (PACC 2017), used when recorded. */
    FUNCTIONAL_IMPROVEMENT,
    /** Tolerable adverse effects (PACC 2017): none severe or serious. */
    TOLERABLE_ADVERSE_EFFECTS,
    /** No rescue medication during the trial. */
    NO_RESCUE_MEDICATION,
    /** For a referral for side effects: pain no worse with the side-effect burden reduced as Smith 2002 defines. */
    SIDE_EFFECTS_REDUCED
}
