package org.idds.cds.clinical.trial;

import java.util.Optional;

/** One named observation policy: where the patient is observed and for at least how long, as one source gives it. */
public record ObservationPolicy(
        String id, String title, Setting setting, Optional<String> conditions, TrialFigure minimumDuration) {

    /** Where the trial is done. */
    public enum Setting {
        OUTPATIENT,
        INPATIENT,
        OUTPATIENT_OR_INPATIENT
    }
}
