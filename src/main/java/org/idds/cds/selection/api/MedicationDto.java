package org.idds.cds.selection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.web.QuantityDto;

@KnownMedication
@Schema(
        description = "A current medication, named by its generic name, a synonym or a brand name in any case (the "
                + "answer shows the catalogue's generic name and what was typed). The dose is a rate (mg/d, ug/h) or "
                + "a dose per administration (mg, ug) with dosesPerDay; it may be left out when unknown (an opioid "
                + "without a dose makes the oral morphine equivalent incomplete). doseConfirmed: the clinician "
                + "confirms a dose above the catalogue's plausibility ceiling (otherwise it is treated as a likely "
                + "unit error and not used).")
public record MedicationDto(
        @NotBlank @Size(max = 100) @Schema(example = "hydromorphone")
        String drug,

        @NotBlank @Size(max = 40) @Schema(example = "oral") String route,
        @Valid QuantityDto dose,

        @DecimalMin(
                value = "1",
                message = "must be at least 1; for a dose taken less than once a day give a daily "
                        + "rate instead (for example mg/d)")
        @DecimalMax(value = "48", message = "is not plausible (more than 48 doses a day)")
        @Digits(integer = 2, fraction = 2, message = "has too many decimal places (at most 2)")
        @Schema(example = "12", minimum = "1", maximum = "48")
        BigDecimal dosesPerDay,

        @Schema(
                description = "true when the clinician confirms a dose above the plausibility ceiling is what the "
                        + "patient takes")
        Boolean doseConfirmed) {

    public MedicationDto(String drug, String route, QuantityDto dose, BigDecimal dosesPerDay) {
        this(drug, route, dose, dosesPerDay, null);
    }
}
