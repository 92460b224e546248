package org.idds.cds.selection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.selection.BleedingStatus;
import org.idds.cds.selection.CancerStatus;
import org.idds.cds.selection.InfectionStatus;
import org.idds.cds.selection.PainDistribution;
import org.idds.cds.selection.PainMechanism;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.BoundedList;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.validation.Duration;
import org.idds.cds.web.validation.Measured;
import org.idds.cds.web.validation.OneOf;

/**
 * The MDT candidacy request. Every field is optional: a missing field means "not known" and the answer says which
 * rules need it. No patient name or identifier is asked for; {@code caseReference} is stored as given, never logged.
 */
@Schema(description = "Full MDT candidacy assessment request")
public record CandidacyRequest(
        @Size(max = 100)
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
        @Schema(description = "Optional local case reference; stored, never logged")
        String caseReference,

        @Valid Patient patient,
        @Valid Cancer cancer,
        @Valid Pain pain,
        @Valid Prognosis prognosis,

        @BoundedList(max = InputLimits.MAX_MEDICATIONS, entries = "medications")
        @Size(max = InputLimits.MAX_MEDICATIONS)
        @Schema(description = "All current systemic medications; an empty list means none, absent means not given")
        List<@NotNull @Valid MedicationDto> medications,

        @Valid Contraindications contraindications,
        @Valid WorkUp workUp,
        @Valid MdtLoadJudgement mdtLoadJudgement,
        @Valid Cranial cranial,
        @Valid PsychiatricHistory psychiatricHistory,
        @Valid RespiratoryRisk respiratoryRisk,
        @Valid Labs labs,
        @Valid InfectionRisk infectionRisk)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row; bump it with any change to the format. */
    public static final String SCHEMA = "candidacy-request/3";

    /** Text that is present must say something: {@code ""} or spaces are refused rather than read as "not known". */
    static final String NOT_BLANK = "(?s).*\\S.*";

    static final String NOT_BLANK_MESSAGE = "must not be blank: leave the field out when there is none";

    public record Patient(
            @Min(value = 0, message = AGE_RANGE)
            @Max(value = 120, message = AGE_RANGE)
            @Schema(minimum = "0", maximum = "120")
            Integer ageYears) {}

    static final String AGE_RANGE = "must be from 0 to 120 (whole years)";

    public record Cancer(@OneOf(CancerStatus.class) String status) {}

    public record Pain(
            @DecimalMin(value = "0", message = InputLimits.PAIN_SCORE_RANGE)
            @DecimalMax(value = "10", message = InputLimits.PAIN_SCORE_RANGE)
            @Digits(integer = 2, fraction = 1, message = InputLimits.PAIN_SCORE_DECIMALS)
            @Schema(
                    description = "Worst pain in the last 24 hours, 0-10 numeric rating scale, at most one decimal",
                    minimum = "0",
                    maximum = "10")
            BigDecimal worstScore,

            @OneOf(PainMechanism.class) String mechanism,
            @OneOf(PainDistribution.class) String distribution,
            Boolean intolerableSystemicSideEffects,

            @Schema(
                    description = "Were the intolerable side effects managed before calling them refractory: "
                            + "side-effect treatment or opioid rotation tried")
            Boolean sideEffectManagementTried,

            @Schema(
                    description = "Was comprehensive management tried before calling the pain refractory by its "
                            + "opioid load: adjuvant analgesics, opioid rotation, palliative radiotherapy for painful "
                            + "bone metastases (MASCC definition of refractory pain)")
            Boolean comprehensiveManagementTried,

            @DecimalMin(value = "0", message = InputLimits.PAIN_SCORE_RANGE)
            @DecimalMax(value = "10", message = InputLimits.PAIN_SCORE_RANGE)
            @Digits(integer = 2, fraction = 1, message = InputLimits.PAIN_SCORE_DECIMALS)
            @Schema(
                    description = "Average pain in the last 24 hours, 0-10 numeric rating scale, at most one decimal "
                            + "(recorded and shown; the refractory criterion uses the worst score)",
                    minimum = "0",
                    maximum = "10")
            BigDecimal averageScore,

            @Min(value = 0, message = BREAKTHROUGH_RANGE)
            @Max(value = 48, message = BREAKTHROUGH_RANGE)
            @Schema(description = "Breakthrough pain episodes a day (whole number)", minimum = "0", maximum = "48")
            Integer breakthroughEpisodesPerDay) {}

    static final String BREAKTHROUGH_RANGE = "must be a whole number of episodes a day from 0 to 48";

    public record Prognosis(
            @Valid @Duration @Schema(description = "Estimated life expectancy (lower bound of a range)")
            QuantityDto lifeExpectancy) {}

    public record Contraindications(
            @OneOf(InfectionStatus.class) String infection,
            @OneOf(BleedingStatus.class) String bleeding,
            Boolean uncorrectedCoagulopathy,
            Boolean spinalCanalObstruction,
            Boolean patientDeclines,
            Boolean canAttendRefills) {}

    /**
     * The MDT's judgement of the opioid load where the engine cannot compute it (an opioid without a validated
     * conversion factor, or a total that depends on which cited factor is used). Who and when are recorded as given.
     */
    public record MdtLoadJudgement(
            @Schema(description = "Does the MDT judge the opioid load refractory-level (at or above the OME threshold)")
            Boolean refractoryByLoad,

            @Size(max = 100)
            @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
            @Schema(description = "Optional: who judged (a role, not a name)")
            String by,

            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date, yyyy-mm-dd")
            @Schema(description = "Optional: the date of the judgement, yyyy-mm-dd")
            String on) {}

    public record WorkUp(
            Boolean spinalOrEpiduralDisease,
            Boolean spinalImagingDone,
            Boolean psychologicalEvaluationDone,

            @PastOrPresent(message = "must not be in the future: the date the spinal MRI or CT was done")
            @Schema(
                    description =
                            "Date of the latest spinal MRI or CT (ISO yyyy-mm-dd); canal patency counts only from dated imaging")
            LocalDate spinalImagingDate,

            @Schema(
                    description =
                            "A new or progressing neurological deficit (weakness, sensory level, bladder or bowel change)")
            Boolean newNeurologicalDeficit,

            @Schema(description = "Previous spinal surgery or spinal instrumentation (fixation, cement augmentation)")
            Boolean priorSpinalSurgeryOrInstrumentation) {}

    public record Cranial(
            Boolean brainMetastases,

            @Schema(
                    description =
                            "Signs of raised intracranial pressure (headache with vomiting, papilloedema, reduced consciousness)")
            Boolean raisedIntracranialPressureSigns,

            Boolean cranialImagingDone,

            @Schema(
                    description =
                            "Intracranial mass effect (midline shift, effacement of basal cisterns) on cranial imaging")
            Boolean intracranialMassEffect,

            @Schema(description = "Metastatic cancer (any site)")
            Boolean metastaticDisease,

            @Schema(
                    description = "A new headache or new neurological signs (focal deficit, seizure, confusion); "
                            + "with metastatic disease, cranial imaging comes before any dural puncture")
            Boolean newHeadacheOrNeurologicalSigns,

            @Schema(description = "Raised intracranial pressure confirmed on cranial imaging")
            Boolean raisedIntracranialPressureOnImaging) {}

    public record PsychiatricHistory(
            @Schema(
                    description =
                            "History of psychosis (ever); ziconotide is offered only when this is known and false")
            Boolean psychosis,

            @Schema(
                    description =
                            "Severe psychiatric disorder (for example severe depression with suicidality, bipolar disorder)")
            Boolean severePsychiatricDisorder) {}

    public record RespiratoryRisk(
            Boolean obstructiveSleepApnoea,
            Boolean copd,
            Boolean obesity,
            Boolean renalImpairment,
            Boolean priorOpioidIntolerance) {}

    /**
     * Pre-procedure laboratory results as reported. The ranges are plausibility limits (a value outside one is refused
     * as a likely typing or unit error); whether a value is acceptable is for the rules: platelets against the cited
     * tiers (a site may set a stricter floor), INR and aPTT against the reporting laboratory's upper reference limit
     * (an INR, a standardised ratio, may come without it).
     */
    @ReferenceLimitsGiven
    public record Labs(
            @Valid
            @Measured(units = "10*9/L", min = "0", max = "2000")
            @Schema(description = "Platelet count, UCUM unit 10*9/L (billions per litre)")
            QuantityDto plateletCount,

            @DecimalMin(value = "0.5", message = INR_RANGE)
            @DecimalMax(value = "20", message = INR_RANGE)
            @Digits(integer = 2, fraction = 2, message = "has too many decimal places (at most 2)")
            @Schema(description = "International normalised ratio")
            BigDecimal inr,

            @DecimalMin(value = "0.5", message = INR_RANGE)
            @Digits(integer = 2, fraction = 2, message = "has too many decimal places (at most 2)")
            @DecimalMax(value = "2", message = "is not plausible as an upper reference limit for the INR (at most 2)")
            @Schema(description = "The reporting laboratory's upper reference limit for the INR")
            BigDecimal inrUpperReferenceLimit,

            @Valid
            @Measured(units = "s", min = "10", max = "300")
            @Schema(description = "Activated partial thromboplastin time, UCUM unit s")
            QuantityDto aptt,

            @Valid
            @Measured(units = "s", min = "15", max = "60")
            @Schema(description = "The reporting laboratory's upper reference limit for the aPTT, UCUM unit s")
            QuantityDto apttUpperReferenceLimit,

            @Valid
            @Measured(units = "mL/min", min = "0", max = "300")
            @Schema(description = "Creatinine clearance (Cockcroft-Gault), UCUM unit mL/min")
            QuantityDto creatinineClearance) {}

    static final String INR_RANGE = "is not plausible: an INR is from 0.5 to 20";

    /** Patient factors that raise the risk of a surgical-site or device infection. */
    public record InfectionRisk(
            Boolean diabetes,

            @Valid
            @Measured(
                    units = {"mmol/mol", "%"},
                    min = {"15", "3.5"},
                    max = {"200", "20"})
            @Schema(description = "Latest HbA1c: IFCC mmol/mol or DCCT/NGSP % (never converted between the two)")
            QuantityDto hba1c,

            @Schema(description = "Immunosuppression (for example high-dose steroids, immunosuppressant drugs)")
            Boolean immunosuppression,

            @Schema(
                    description =
                            "Neutropenia now or expected at the time of the procedure (for example chemotherapy nadir)")
            Boolean neutropenia) {}
}
