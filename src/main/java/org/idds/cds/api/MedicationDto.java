package org.idds.cds.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.api.validation.KnownMedication;

@KnownMedication
@Schema(description = "A current systemic medication. Opioids need a dose: a rate (mg/d, ug/h) or a dose per "
        + "administration (mg, ug) with dosesPerDay.")
public record MedicationDto(
        @NotBlank @Schema(example = "hydromorphone") String drug,
        @NotBlank @Schema(example = "oral") String route,
        @Valid QuantityDto dose,
        @Positive @Schema(example = "12") BigDecimal dosesPerDay) {}
