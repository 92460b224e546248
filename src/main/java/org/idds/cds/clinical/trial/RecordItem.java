package org.idds.cds.clinical.trial;

import java.util.List;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;

/** One thing to record during and after the trial, and when. */
public record RecordItem(Kind what, String when, Verification verification, List<Citation> citations) {

    public RecordItem {
        citations = List.copyOf(citations);
    }

    /** What is recorded. */
    public enum Kind {
        PAIN_SCORE,
        FUNCTION,
        ADVERSE_EFFECTS,
        RESCUE_MEDICATION,
        DURATION_OF_RELIEF
    }
}
