package org.idds.cds.trial;

/** A criterion's result for one trial. */
public enum CriterionResult {
    MET,
    NOT_MET,
    NOT_RECORDED,
    /** The site has set no threshold for it (decision 0008): local policy decides. */
    NO_SITE_THRESHOLD,
    /** Not how this trial is judged (the relief threshold, for a patient referred for side effects). */
    NOT_APPLICABLE
}
