package org.idds.cds.safety.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.safety.AspirinIndication;
import org.idds.cds.safety.LabTest;
import org.idds.cds.safety.ProcedureKind;
import org.idds.cds.safety.StentType;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.validation.Measured;
import org.idds.cds.web.validation.OneOf;

/**
 * A planned neuraxial procedure and the antithrombotics around it. Dates and times carry their offset
 * ({@code 2026-12-14T08:30:00+01:00}); a result or event date is an ISO date. No patient identifier is asked for;
 * {@code caseReference} is stored, never logged.
 */
@Schema(
        description = "A planned neuraxial procedure, the antithrombotics with their last doses, thrombotic risk, "
                + "creatinine clearance, dated laboratory results, the infection items before it, the respiratory risk"
                + " and the baseline neurological examination")
public record ProcedureCheckRequest(
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        String caseReference,

        @NotNull @Valid Procedure procedure,

        @Size(max = 10)
        @Schema(
                description = "Each anticoagulant, antiplatelet or NSAID, by its name in the drug catalogue, once; "
                        + "may be left out when the infection group is given")
        List<@NotNull @Valid Drug> antithrombotics,

        @Valid ThromboticRisk thromboticRisk,

        @Valid
        @Measured(units = "mL/min", min = "1", max = "250")
        @Schema(description = "Creatinine clearance (mL/min); leave out when not known")
        QuantityDto creatinineClearance,

        @Size(max = 10) @Schema(description = "Dated laboratory results, each with its laboratory's reference limits")
        List<@NotNull @Valid Lab> labs,

        @Valid
        @Schema(
                description = "Infection items before the procedure; each one left out is named as not recorded, "
                        + "never read as no")
        Infection infection,

        @Valid
        @Schema(
                description = "What raises the risk of respiratory depression after the procedure's first intrathecal"
                        + " opioid dose (an implant, a trial) or after a revision; leave out what is not known")
        RespiratoryRiskFactors respiratoryRisk,

        @Valid
        @Schema(
                description = "The baseline neurological examination before an implant, so that a later deficit can be"
                        + " recognised; each item left out is named as not given")
        Neurology neurology)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row. */
    public static final String SCHEMA = "procedure-check-request/2";

    /**
     * The format released with ruleset 2026.12.5 (no infection, respiratory risk or neurology groups), still read for
     * replay: /2 only added optional fields, so a stored /1 request reads as a /2 request with them left out.
     */
    public static final String SCHEMA_1 = "procedure-check-request/1";

    public record Procedure(
            @NotNull
            @OneOf(ProcedureKind.class)
            @Schema(
                    description = "TRIAL_SINGLE_SHOT, TRIAL_CATHETER, IMPLANT, CATHETER_REVISION, PUMP_REPLACEMENT, "
                            + "CATHETER_REMOVAL")
            String kind,

            @NotNull
            @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
            @Schema(description = "Planned date and time with offset")
            String plannedAt) {}

    public record Drug(
            @NotBlank @Size(max = 100) String drug,

            @Valid
            @Measured(
                    units = {"mg", "ug"},
                    min = {"0.01", "1"},
                    max = {"2000", "2000000"})
            QuantityDto dose,

            @OneOf(Frequency.class)
            @Schema(description = "ONCE_DAILY, TWICE_DAILY, THREE_TIMES_DAILY, FOUR_TIMES_DAILY, OTHER")
            String frequency,

            @NotNull
            @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
            @Schema(description = "Date and time of the last dose taken (or planned as the last), with offset")
            String lastDose,

            @OneOf(AspirinIndication.class)
            @Schema(description = "Aspirin only, and required for it: PRIMARY_PREVENTION or SECONDARY_PREVENTION")
            String indication,

            @Size(max = 30)
            @Schema(
                    description = "Optional: the route it is given by, one of the drug's routes in the drug catalogue"
                            + " (e.g. heparin: subcutaneous or intravenous); the hold for that route is dated")
            String route) {}

    public enum Frequency {
        ONCE_DAILY,
        TWICE_DAILY,
        THREE_TIMES_DAILY,
        FOUR_TIMES_DAILY,
        OTHER
    }

    public record ThromboticRisk(
            @Valid @Schema(description = "A venous thromboembolism (DVT or PE), with the date it was diagnosed")
            Dated venousThromboembolism,

            @Schema(description = "A mechanical heart valve")
            Boolean mechanicalHeartValve,

            @Size(max = 5) List<@NotNull @Valid Stent> coronaryStents) {}

    public record Dated(@NotNull LocalDate date) {}

    public record Stent(
            @NotNull @OneOf(StentType.class) @Schema(description = "DRUG_ELUTING or BARE_METAL")
            String type,

            @NotNull LocalDate placedOn) {}

    public record Lab(
            @NotNull
            @OneOf(LabTest.class)
            @Schema(description = "PLATELETS, INR or APTT (HbA1c and neutrophils go in the infection group)")
            String test,

            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
            BigDecimal value,

            @NotBlank
            @Size(max = 20)
            @Schema(description = "The result's unit as the laboratory reports it (10*9/L, 1, s)")
            String unit,

            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
            BigDecimal lowerLimit,

            @DecimalMin("0")
            @DecimalMax("10000")
            @Digits(integer = 5, fraction = 3)
            @Schema(description = "The laboratory's upper reference limit; required for INR and aPTT")
            BigDecimal upperLimit,

            @NotNull LocalDate takenOn) {}

    /** Infection items before a neuraxial procedure (issue 17, topic 2): each optional, each left out is named. */
    public record Infection(
            @Schema(description = "An active systemic infection now")
            Boolean systemicInfection,

            @Schema(description = "An active infection at or near the procedure or pump site now")
            Boolean infectionAtProcedureSite,

            @Schema(description = "An infection elsewhere (for example urinary, dental) still under treatment")
            Boolean remoteInfectionUnderTreatment,

            @OneOf(Diabetes.class) @Schema(description = "NONE, NON_INSULIN_TREATED or INSULIN_TREATED")
            String diabetes,

            @Valid
            @Schema(
                    description = "Latest HbA1c, dated: unit % (DCCT/NGSP) or mmol/mol (IFCC), never converted; no "
                            + "lowerLimit")
            DatedResult hba1c,

            @OneOf(Smoking.class) @Schema(description = "CURRENT, FORMER or NEVER")
            String smoking,

            @OneOf(Screen.class)
            @Schema(description = "Nasal S. aureus (MSSA/MRSA) screen: POSITIVE, NEGATIVE or NOT_DONE")
            String staphylococcusAureusScreen,

            @Schema(
                    description = "Decolonisation (nasal mupirocin and chlorhexidine washes) done after a positive "
                            + "screen")
            Boolean decolonisationDone,

            @Schema(description = "Receiving a course of anticancer chemotherapy")
            Boolean chemotherapy,

            @Schema(description = "Day of the last chemotherapy dose (required when chemotherapy is true)")
            LocalDate lastChemotherapyOn,

            @Valid
            @Schema(
                    description = "Latest neutrophil count, dated: unit 10*9/L, with its laboratory's lower reference "
                            + "limit (required)")
            DatedResult neutrophils,

            @Schema(description = "Taking a systemic corticosteroid (for example prednisone, dexamethasone)")
            Boolean systemicSteroids) {}

    public enum Diabetes {
        NONE,
        NON_INSULIN_TREATED,
        INSULIN_TREATED
    }

    public enum Smoking {
        CURRENT,
        FORMER,
        NEVER
    }

    public enum Screen {
        POSITIVE,
        NEGATIVE,
        NOT_DONE
    }

    /** The neurology group (issue 17, topic 1): each optional, each left out is named. */
    public record Neurology(
            @Schema(description = "Day of the baseline neurological examination, no later than the procedure")
            LocalDate baselineExaminationOn,

            @Schema(description = "A known neurological disease (for example CIDP) whose deficits the baseline records")
            Boolean knownNeurologicalDisease) {}

    /** A dated result of the infection group; its unit is checked strictly for the result it is. */
    public record DatedResult(
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
            BigDecimal value,

            @NotBlank @Size(max = 20) String unit,

            @DecimalMin("0")
            @DecimalMax("10000")
            @Digits(integer = 5, fraction = 3)
            @Schema(description = "The laboratory's lower reference limit (neutrophils only, and required there)")
            BigDecimal lowerLimit,

            @NotNull LocalDate takenOn) {}
}
