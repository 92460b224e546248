package org.idds.cds.trial;

/**
 * Where the stored candidacy assessment a trial plan is made from stands: a candidate (with or without precautions),
 * or a candidate provisional on items the MDT has still to confirm. Any other verdict plans no trial.
 */
public enum CandidacyStanding {
    CANDIDATE,
    PROVISIONAL_CANDIDATE
}
