package org.idds.cds.audit;

import org.idds.cds.kernel.AssessmentKind;

/**
 * The authenticated person making a request: the principal name recorded as the creator of what they make, and
 * which stored assessments they may read back. Built by the API from the caller's roles; the rule itself lives here.
 */
public record Caller(String name, ReadScope readScope) {

    /** Which stored assessments a caller may read. */
    public enum ReadScope {
        /** Every stored assessment (MDT clinicians, clinical safety officers). */
        ANY,
        /** Only referral checks this caller made (referrers). Everything else reads as "not found". */
        OWN_REFERRAL_CHECKS,
        /** None. */
        NONE
    }

    public Caller {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a caller has a principal name");
        }
        if (readScope == null) {
            throw new IllegalArgumentException("a caller has a read scope");
        }
    }

    /** Whether this caller may read {@code stored}; a referrer never sees a row someone else made, nor a candidacy. */
    public boolean mayRead(StoredAssessment stored) {
        return switch (readScope) {
            case ANY -> true;
            case OWN_REFERRAL_CHECKS ->
                stored.kind() == AssessmentKind.REFERRAL_CHECK
                        && stored.createdBy().filter(name::equals).isPresent();
            case NONE -> false;
        };
    }
}
