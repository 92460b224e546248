package org.idds.cds.dosing.api;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.dosing.PatientConditions;

/**
 * The patient's position on the axes of the ruleset's drug-selection algorithm (PACC 2017: population and
 * distribution) and what is known of the conditions that rule a drug out. The axis values are checked against the
 * algorithm's own declared values (a value of another edition, or an axis it does not have, is refused by field). No
 * patient identifier is asked for, and nothing is stored.
 */
@Schema(description = "Where the patient stands on the algorithm's axes, and the psychiatric history")
public record DrugOptionsRequest(
        @Size(max = 40)
        @Schema(
                description = "The algorithm's population axis. PACC 2017: CANCER (cancer-related pain, or other"
                        + " terminal illness) or NON_CANCER",
                example = "CANCER")
        String population,

        @Size(max = 40)
        @Schema(
                description = "The algorithm's pain distribution axis. PACC 2017: LOCALIZED or DIFFUSE",
                example = "DIFFUSE")
        String distribution,

        @Schema(
                description = "History of psychosis (ziconotide is contraindicated). Leave it out when not known:"
                        + " ziconotide is then not offered until it is known")
        Boolean psychosisHistory) {

    /** The axes given, by the algorithm's axis names, in this order: population, distribution. */
    public Map<String, String> position() {
        Map<String, String> position = new LinkedHashMap<>();
        if (population != null) {
            position.put("population", population);
        }
        if (distribution != null) {
            position.put("distribution", distribution);
        }
        return position;
    }

    /** What is known of the conditions that rule a drug out. */
    public PatientConditions conditions() {
        return new PatientConditions(Optional.ofNullable(psychosisHistory));
    }
}
