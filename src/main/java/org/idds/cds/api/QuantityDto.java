package org.idds.cds.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number with its UCUM unit code, e.g. {"value": 75, "unit": "ug/h"}. */
@Schema(description = "A quantity with a UCUM unit code (ug for micrograms, mg/d, ug/h, d, wk, mo, a)")
public record QuantityDto(@NotNull BigDecimal value, @NotNull String unit) {}
