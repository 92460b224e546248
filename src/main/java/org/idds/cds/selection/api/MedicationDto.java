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
        description = "A current systemic medication. Opioids need a dose: a rate (mg/d, ug/h) or a dose per "
                + "administration (mg, ug) with dosesPerDay.")
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
        BigDecimal dosesPerDay) {}
