package org.idds.cds.dosing;

import java.util.Optional;
import org.idds.cds.clinical.DrugAlgorithm.Condition;

/**
 * What is known of the patient conditions that rule a drug out. Each is yes, no, or not known (empty): a drug that a
 * condition rules out is not offered while that condition is not known.
 */
public record PatientConditions(Optional<Boolean> psychosisHistory) {

    public static final PatientConditions NOT_KNOWN = new PatientConditions(Optional.empty());

    /** Whether the patient has this condition: yes, no, or not known. */
    public Optional<Boolean> has(Condition condition) {
        return switch (condition) {
            case PSYCHOSIS_HISTORY -> psychosisHistory;
        };
    }
}
