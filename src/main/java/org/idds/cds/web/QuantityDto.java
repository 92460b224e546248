package org.idds.cds.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A number with its UCUM unit code, e.g. {"value": 75, "unit": "ug/h"}. The value is kept exactly as sent (never
 * rounded); its bounds are plausibility limits for any dose or duration, and each use narrows them (a dose must be
 * above zero, a duration at most 50 years in its unit).
 */
@Schema(description = "A quantity with a UCUM unit code (ug for micrograms, mg/d, ug/h, d, wk, mo, a)")
public record QuantityDto(
        @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "1000000", message = "is not plausible (more than 1000000)")
        @Digits(integer = 7, fraction = 6, message = "has too many decimal places (at most 6)")
        BigDecimal value,

        @NotBlank @Size(max = 20) String unit) {}
