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
import org.idds.cds.dosing.OpioidStatus;
import org.idds.cds.dosing.PrescriptionContext;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.DailyDose;
import org.idds.cds.web.validation.Measured;
import org.idds.cds.web.validation.OneOf;

/**
 * An intrathecal prescription to check. Units are UCUM and checked per field (a concentration in mg/mL or ug/mL, a
 * daily dose in mg/d or ug/d, a bolus in mg or ug); each value within a plausible range for its unit, so a slip of a
 * thousand is refused rather than computed. No patient identifier is asked for; {@code caseReference} is stored, never
 * logged.
 */
@Schema(
        description =
                "An intrathecal prescription: what it is, pump, reservoir contents, basal rate, patient bolus, fill")
public record PrescriptionRequest(
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        String caseReference,

        @NotNull
        @OneOf(PrescriptionContext.class)
        @Schema(
                description = "What the prescription is: FIRST_DOSE (trial or implant start), CONTINUATION, "
                        + "DOSE_INCREASE, DOSE_DECREASE, DRUG_OR_CONCENTRATION_CHANGE, RESTART_AFTER_INTERRUPTION, "
                        + "AFTER_CATHETER_OR_PUMP_REVISION")
        String context,

        @Valid
        @Measured(
                units = {"h", "d", "wk"},
                min = {"0.1", "0.01", "0.01"},
                max = {"8760", "3650", "520"})
        @Schema(
                description = "For a restart: how long intrathecal therapy was interrupted (leave out when not "
                        + "known: the worst case is assumed)")
        QuantityDto interruption,

        @Size(max = 60)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        @Schema(
                description = "Device model id, as GET /api/v1/device-models lists them; leave out for a dose-only "
                        + "check (the device calculations are then listed as not made)")
        String deviceId,

        @NotEmpty @Size(max = 4) @Schema(description = "Reservoir contents: one drug, or an admixture")
        List<@NotNull @Valid Content> contents,

        @Valid @Schema(description = "Basal rate as a daily dose of one drug of the reservoir")
        DailyDose basalDose,

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
        List<@NotNull @Valid SystemicMedication> systemicMedications,

        @Valid
        @Schema(
                description = "The volumes of the fluid path between the reservoir and the catheter tip (pump internal "
                        + "volume, catheter volume), as the implanter records them: needed for the bridge after a "
                        + "change of concentration and the priming bolus after a revision; listed as missing when not "
                        + "given, never assumed")
        FluidPath fluidPath)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row. */
    public static final String SCHEMA = "prescription-check-request/2";

    /** The first format (no context; {@code startingDose} marked a start), still read for replay. */
    public static final String SCHEMA_1 = "prescription-check-request/1";

    public record Content(
            @NotBlank @Size(max = 100) String drug,

            @Valid
            @Schema(description = "Required with a device; may be left out in a dose-only check")
            @Measured(
                    units = {"mg/mL", "ug/mL"},
                    min = {"0.0001", "0.1"},
                    max = {"100", "100000"})
            QuantityDto concentration) {}

    public record Bolus(
            @Valid
            @Measured(
                    units = {"mg", "ug"},
                    min = {"0.0001", "0.1"},
                    max = {"1000", "1000000"})
            @Schema(description = "The bolus as a dose of the basal drug (give this or volume)")
            QuantityDto dose,

            @Valid
            @Measured(units = "mL", min = "0.001", max = "5")
            @Schema(description = "The bolus as a volume of the solution, as pumps are programmed (give this or dose)")
            QuantityDto volume,

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
            LocalDate startedOn,

            @Size(max = 100)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
            @Schema(description = "The drug the previous basal dose was of (the new basal drug when left out)")
            String drug,

            @Size(max = 4)
            @Schema(
                    description = "The previous reservoir contents with their concentrations (required for a "
                            + "change of drug or concentration)")
            List<@NotNull @Valid Content> contents) {}

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

    public record FluidPath(
            @Valid
            @Measured(units = "mL", min = "0.001", max = "5")
            @Schema(description = "The pump's internal volume (from its outlet to the catheter connection)")
            QuantityDto pumpInternalVolume,

            @Valid
            @Measured(units = "mL", min = "0.001", max = "5")
            @Schema(description = "The catheter's volume, for its implanted length")
            QuantityDto catheterVolume) {}

    public record Patient(
            @Schema(description = "History of psychosis (ziconotide is contraindicated)")
            Boolean psychosisHistory,

            @OneOf(OpioidStatus.class)
            @Schema(description = "OPIOID_NAIVE or OPIOID_TOLERANT: required for a first dose or a restart")
            String opioidStatus,

            @Min(value = 0, message = "must be a whole number of years from 0 to 120")
            @Max(value = 120, message = "must be a whole number of years from 0 to 120")
            @Schema(
                    description = "Age in whole years (older age raises the risk of respiratory depression)",
                    minimum = "0",
                    maximum = "120")
            Integer ageYears,

            @Valid
            @Schema(
                    description = "Comorbidities that raise the risk of respiratory depression with intrathecal "
                            + "opioids, as the candidacy assessment asks them (each yes, no, or left out: not known)")
            RespiratoryRisk respiratoryRisk) {}

    public record RespiratoryRisk(
            Boolean obstructiveSleepApnoea,
            Boolean copd,
            Boolean obesity,
            Boolean renalImpairment,
            Boolean priorOpioidIntolerance) {}
}
