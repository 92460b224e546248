package org.idds.cds.selection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.selection.BleedingStatus;
import org.idds.cds.selection.CancerStatus;
import org.idds.cds.selection.InfectionStatus;
import org.idds.cds.selection.PainDistribution;
import org.idds.cds.selection.PainMechanism;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.BoundedList;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.validation.Duration;
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
        @Valid RespiratoryRisk respiratoryRisk) {

    /** The version of this request format, recorded with every audit row; bump it with any change to the format. */
    public static final String SCHEMA = "candidacy-request/1";

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
            @Min(value = 0, message = InputLimits.PAIN_SCORE_RANGE)
            @Max(value = 10, message = InputLimits.PAIN_SCORE_RANGE)
            @Schema(
                    description = "Worst pain, 0-10 numeric rating scale (whole numbers only)",
                    minimum = "0",
                    maximum = "10")
            Integer worstScore,

            @OneOf(PainMechanism.class) String mechanism,
            @OneOf(PainDistribution.class) String distribution,
            Boolean intolerableSystemicSideEffects,

            @Schema(
                    description = "Were the intolerable side effects managed before calling them refractory: "
                            + "side-effect treatment or opioid rotation tried")
            Boolean sideEffectManagementTried) {}

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
            Boolean newNeurologicalDeficit) {}

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
            Boolean intracranialMassEffect) {}

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
}
