package org.idds.cds.clinical.trial;

import java.util.List;

/**
 * A relief figure one source gives ("more than 50 %", "at least 50 %"), with what the source uses it for: a trial
 * success criterion, or the outcome measure of a randomised trial (Smith 2002's 20 %), which is never a trial success
 * criterion. Kept as cited: never a default.
 */
public record CitedThreshold(
        String label, Comparison comparison, TrialFigure figure, List<String> alsoRequires, Use use) {

    public CitedThreshold {
        alsoRequires = List.copyOf(alsoRequires);
    }

    /** How the relief is compared with the figure. */
    public enum Comparison {
        MORE_THAN,
        AT_LEAST
    }

    /** What the source uses the figure for. */
    public enum Use {
        TRIAL_SUCCESS_CRITERION,
        RANDOMISED_TRIAL_OUTCOME_MEASURE
    }
}
