package org.idds.cds.web.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.validation.Measured;

/**
 * A daily intrathecal dose of one drug, as every request that gives one writes it (a prescription's basal dose, the
 * pump's basal dose at a follow-up event and the dose a year before it): the drug by name and the dose a day, within
 * the same plausibility bounds wherever it is given.
 */
public record DailyDose(
        @NotBlank @Size(max = 100) String drug,

        @NotNull
        @Valid
        @Measured(
                units = {"mg/d", "ug/d"},
                min = {"0.0001", "0.1"},
                max = {"10000", "10000000"})
        QuantityDto dailyDose) {}
