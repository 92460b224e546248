package org.idds.cds.kernel;

/**
 * The grading scheme a source uses for its own statements: which {@link EvidenceGrade} fields it has and what they
 * may say (the knowledge-file schemas hold the allowed values per scheme).
 */
public enum GradingSystem {
    /**
     * PACC 2016 (published 2017; its tables reproduced in Deer 2019, Pain Med): evidence level by the USPSTF hierarchy
     * (I, II-1, II-2, II-3, III), USPSTF grade (A, B, C, D, I) and the panel's consensus strength (Strong over 80%,
     * Moderate 50-79%, Weak under 50%).
     */
    PACC2016_USPSTF("PACC 2016, USPSTF"),
    /**
     * PACC 2024 consensus points, as read in the pacc.biomech.us summaries: a grade (A, B, C, D, I), with the level of
     * certainty (high, moderate, low) or an evidence level where the summary states one.
     */
    PACC2024("PACC 2024");

    private final String shortName;

    GradingSystem(String shortName) {
        this.shortName = shortName;
    }

    /** A short name for one-line renderings ("PACC 2016, USPSTF"). */
    public String shortName() {
        return shortName;
    }
}
