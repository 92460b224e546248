package org.idds.cds.dosing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.validation.Measured;

/**
 * An intrathecal prescription to check. Units are UCUM and checked per field (a concentration in mg/mL or ug/mL, a
 * daily dose in mg/d or ug/d, a bolus in mg or ug); each value within a plausible range for its unit, so a slip of a
 * thousand is refused rather than computed. No patient identifier is asked for; {@code caseReference} is stored, never
 * logged.
 */
@Schema(description = "An intrathecal prescription: pump, reservoir contents, basal rate, patient bolus, fill")
public record PrescriptionRequest(
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        String caseReference,

        @NotBlank @Size(max = 60) @Schema(description = "Device model id, as GET /api/v1/device-models lists them")
        String deviceId,

        @NotEmpty @Size(max = 4) @Schema(description = "Reservoir contents: one drug, or an admixture")
        List<@NotNull @Valid Content> contents,

        @Valid @Schema(description = "Basal rate as a daily dose of one drug of the reservoir")
        Dose basalDose,

        @Valid
        @Measured(
                units = {"mL/d", "mL/h"},
                min = {"0.001", "0.0001"},
                max = {"100", "5"})
        @Schema(description = "Basal rate as a volume a day (mL/d) or an hour (mL/h)")
        QuantityDto basalVolume,

        @Valid Bolus bolus,
        @Valid Previous previous,
        @Valid Fill fill,

        @Valid
        @Measured(units = "mL", min = "0.5", max = "20")
        @Schema(description = "Programmed low-reservoir alarm volume; the device default when absent")
        QuantityDto alarmVolume,

        @Valid
        @Measured(
                units = {"d", "wk"},
                min = {"1", "1"},
                max = {"365", "52"})
        @Schema(description = "Planned interval to the next refill")
        QuantityDto plannedRefillInterval,

        @Schema(description = "A first prescription after implant or trial (judged against the starting range)")
        Boolean startingDose,

        @Valid Patient patient,

        @Schema(description = "The date this prescription starts; the fill date when absent")
        LocalDate startsOn,

        @Size(max = 24)
        @Schema(
                description = "A 24-hour schedule (flex dosing) instead of a single basal rate: periods covering the "
                        + "day once, each a daily rate of the basal drug")
        List<@NotNull @Valid Period> schedule,

        @Size(max = 50)
        @Schema(
                description = "The systemic regimen alongside (context only: its OME is shown, never converted into an "
                        + "intrathecal dose)")
        List<@NotNull @Valid SystemicMedication> systemicMedications) {

    /** The version of this request format, recorded with every audit row. */
    public static final String SCHEMA = "prescription-check-request/1";

    public record Content(
            @NotBlank @Size(max = 100) String drug,

            @NotNull
            @Valid
            @Measured(
                    units = {"mg/mL", "ug/mL"},
                    min = {"0.0001", "0.1"},
                    max = {"100", "100000"})
            QuantityDto concentration) {}

    public record Dose(
            @NotBlank @Size(max = 100) String drug,

            @NotNull
            @Valid
            @Measured(
                    units = {"mg/d", "ug/d"},
                    min = {"0.0001", "0.1"},
                    max = {"10000", "10000000"})
            QuantityDto dailyDose) {}

    public record Bolus(
            @NotNull
            @Valid
            @Measured(
                    units = {"mg", "ug"},
                    min = {"0.0001", "0.1"},
                    max = {"1000", "1000000"})
            QuantityDto dose,

            @Valid
            @Measured(
                    units = {"min", "h"},
                    min = {"1", "0.1"},
                    max = {"1440", "24"})
            QuantityDto lockout,

            @NotNull
            @Min(value = 1, message = "must be a whole number of boluses a day from 1 to 48")
            @Max(value = 48, message = "must be a whole number of boluses a day from 1 to 48")
            Integer maxPerDay) {}

    public record Previous(
            @NotNull
            @Valid
            @Measured(
                    units = {"mg/d", "ug/d"},
                    min = {"0.0001", "0.1"},
                    max = {"10000", "10000000"})
            QuantityDto basalDailyDose,

            @Valid
            @Measured(
                    units = {"mg", "ug"},
                    min = {"0.0001", "0.1"},
                    max = {"1000", "1000000"})
            QuantityDto bolusDose,

            @Min(value = 1, message = "must be a whole number of boluses a day from 1 to 48")
            @Max(value = 48, message = "must be a whole number of boluses a day from 1 to 48")
            Integer bolusMaxPerDay,

            @Schema(description = "The date the previous prescription started (for titration intervals)")
            LocalDate startedOn) {}

    public record Fill(
            @NotNull LocalDate date,

            @NotNull @Valid @Measured(units = "mL", min = "0.5", max = "100")
            QuantityDto volume) {}

    public record Period(
            @NotNull @Schema(description = "Start of the period, hh:mm")
            java.time.LocalTime from,

            @NotNull @Schema(description = "End of the period, hh:mm (00:00 is midnight)")
            java.time.LocalTime until,

            @NotBlank @Size(max = 100) String drug,

            @NotNull
            @Valid
            @Measured(
                    units = {"mg/d", "ug/d"},
                    min = {"0.0001", "0.1"},
                    max = {"10000", "10000000"})
            QuantityDto dailyRate) {}

    public record SystemicMedication(
            @NotBlank @Size(max = 100) String drug,
            @NotBlank @Size(max = 40) String route,

            @Valid
            @Measured(
                    units = {"mg/d", "ug/d", "ug/h", "mg/h", "mg", "ug"},
                    min = {"0.001", "0.1", "0.1", "0.001", "0.001", "0.1"},
                    max = {"100000", "100000000", "10000", "10000", "10000", "10000000"})
            QuantityDto dose,

            @Min(value = 1, message = "must be a whole number of doses a day from 1 to 48")
            @Max(value = 48, message = "must be a whole number of doses a day from 1 to 48")
            Integer dosesPerDay) {}

    public record Patient(
            @Schema(description = "History of psychosis (ziconotide is contraindicated)")
            Boolean psychosisHistory) {}
}
