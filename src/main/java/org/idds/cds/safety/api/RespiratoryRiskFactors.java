package org.idds.cds.safety.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The respiratory-risk group of the procedure check ({@code respiratoryRisk}) and the follow-up check
 * ({@code patient.respiratoryRisk}): what raises the risk of respiratory depression with intrathecal opioids, in the
 * words the candidacy assessment and the prescription check use. Each field yes, no, or left out (not known).
 */
@Schema(
        description = "What raises the risk of respiratory depression with intrathecal opioids (each field yes, no, or "
                + "left out: not known; a field left out is named among the inputs that would change the answer)")
public record RespiratoryRiskFactors(
        @Size(max = 30)
        @Schema(
                description = "The concurrent systemic medicines by their names in the drug catalogue (an empty list:"
                        + " none); benzodiazepines and other sedatives, gabapentinoids and systemic opioids raise the"
                        + " risk, other medicines are accepted and raise nothing")
        List<@NotBlank @Size(max = 100) String> concurrentMedications,

        @Schema(description = "The patient is opioid-naive") Boolean opioidNaive,

        @Schema(description = "Obstructive sleep apnoea") Boolean obstructiveSleepApnoea,

        @Schema(description = "COPD or another cause of reduced respiratory reserve")
        Boolean copd,

        Boolean obesity,

        Boolean renalImpairment,

        @Schema(description = "A prior intolerance of opioids")
        Boolean priorOpioidIntolerance,

        @Min(value = 0, message = "must be a whole number of years from 0 to 120")
        @Max(value = 120, message = "must be a whole number of years from 0 to 120")
        @Schema(description = "Age in whole years", minimum = "0", maximum = "120")
        Integer ageYears) {}
