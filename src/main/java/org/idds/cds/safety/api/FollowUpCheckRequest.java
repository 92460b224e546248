package org.idds.cds.safety.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.safety.FollowUpEventKind;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.input.DailyDose;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.validation.Measured;
import org.idds.cds.web.validation.OneOf;

/**
 * One post-implant event: what happened and when ({@code event}), the pump at it ({@code pump}: model id, contents,
 * programmed rate, last fill, in the prescription check's words), a refill's volumes ({@code refill}) and what was
 * observed ({@code observations}, one group per kind of observation: later topics add groups beside these). Dates and
 * times carry their offset. No patient identifier is asked for; {@code caseReference} is stored, never logged.
 */
@Schema(
        description = "A post-implant event (refill, follow-up visit, new symptom), the pump at it, a refill's volumes "
                + "and the observations")
public record FollowUpCheckRequest(
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        String caseReference,

        @NotNull @Valid Event event,

        @NotNull @Valid Pump pump,

        @Valid @Schema(description = "A refill's volumes and changes; for a REFILL event only")
        Refill refill,

        @Valid Observations observations,

        @Valid @Schema(description = "What the patient has that changes how a sign reads (the infection topic)")
        Patient patient,

        @Valid
        @Schema(
                description = "The therapy's history, for the granuloma risk flags of long therapy and fast"
                        + " escalation (each compared only with a threshold the site sets)")
        Therapy therapy)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row. */
    public static final String SCHEMA = "follow-up-check-request/2";

    /**
     * The format released with ruleset 2026.12.5, still read for replay: /2 only added optional fields (among them
     * the patient group with the respiratory risk and the antithrombotics started since the implant), so a stored /1
     * request reads as a /2 request with them left out.
     */
    public static final String SCHEMA_1 = "follow-up-check-request/1";

    public record Event(
            @NotNull
            @OneOf(FollowUpEventKind.class)
            @Schema(
                    description = "REFILL, FOLLOW_UP_VISIT, NEW_SYMPTOM, PLANNED_MRI, EXPLANT (the pump is removed),"
                            + " DELIVERY_STOP (delivery through the pump is stopped on purpose; the pump stays) or"
                            + " REVISION (a catheter revision or pump replacement done)")
            String kind,

            @NotNull
            @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
            @Schema(
                    description = "When the event happened (for PLANNED_MRI: when the scan is planned; for EXPLANT and"
                            + " DELIVERY_STOP: when delivery stops; for REVISION: when the revised system restarted),"
                            + " with offset")
            String at) {}

    public record Pump(
            @NotBlank
            @Size(max = 60)
            @Schema(
                    description = "Device model id, as GET /api/v1/device-models lists them; a model the ruleset does"
                            + " not describe is accepted and gets no model-specific figures")
            String deviceId,

            @Size(max = 4) @Schema(description = "Reservoir contents: one drug, or an admixture")
            List<@NotNull @Valid Content> contents,

            @Valid
            @Schema(description = "Basal rate as a daily dose of one drug of the reservoir (give this or basalVolume)")
            DailyDose basalDose,

            @Valid
            @Measured(
                    units = {"mL/d", "mL/h"},
                    min = {"0.001", "0.0001"},
                    max = {"100", "5"})
            @Schema(description = "Basal rate as a volume a day (mL/d) or an hour (mL/h), as programmed")
            QuantityDto basalVolume,

            @Valid @Schema(description = "The last fill before this event (for a refill: the fill being replaced)")
            Fill lastFill) {}

    public record Content(
            @NotBlank @Size(max = 100) String drug,

            @NotNull
            @Valid
            @Measured(
                    units = {"mg/mL", "ug/mL"},
                    min = {"0.0001", "0.1"},
                    max = {"100", "100000"})
            QuantityDto concentration) {}

    public record Fill(
            @NotNull @Pattern(regexp = InputLimits.OFFSET_DATE_TIME, message = InputLimits.OFFSET_DATE_TIME_MESSAGE)
            String at,

            @NotNull @Valid @Measured(units = "mL", min = "0.5", max = "100")
            QuantityDto volume) {}

    public record Refill(
            @Valid
            @Measured(units = "mL", min = "0", max = "100")
            @Schema(description = "The volume aspirated from the reservoir before the new fill")
            QuantityDto aspirated,

            @Valid
            @Measured(units = "mL", min = "0", max = "100")
            @Schema(
                    description = "The volume of patient boluses delivered since the last fill, from the pump's log;"
                            + " leave out when no bolus is programmed")
            QuantityDto bolusVolumeSinceLastFill,

            @Valid Changes changes) {}

    public record Changes(
            @Schema(description = "The new fill changes the drug or its concentration")
            Boolean drugOrConcentration,

            @Schema(description = "The refill changes the programmed rate")
            Boolean rate) {}

    public record Observations(
            @Valid RefillProcedure refillProcedure,
            @Valid OverdoseSigns overdoseSigns,
            @Valid DeviceSigns device,
            @Valid Neurological neurological,
            @Valid Wound wound,
            @Valid Systemic systemic,
            @Valid MentalState mentalState,
            @Valid Muscle muscle,
            @Valid Circulation circulation) {}

    public record RefillProcedure(
            @Schema(description = "The refill needle was confirmed in the reservoir (to the needle stop)")
            Boolean needleConfirmedInReservoir,

            @Schema(description = "Fluid returned on aspiration from the reservoir")
            Boolean returnOnAspiration,

            @Schema(description = "Swelling of the pump pocket during or after the refill")
            Boolean pocketSwelling,

            @Schema(description = "Drug was injected through the catheter access port")
            Boolean injectedThroughCatheterAccessPort) {}

    public record OverdoseSigns(Boolean sedation, Boolean slowBreathing) {}

    public record DeviceSigns(
            Boolean lowReservoirAlarm,

            @Schema(description = "The refill date has passed without a refill")
            Boolean refillOverdue,

            @Schema(description = "The elective replacement indicator (ERI) is shown")
            Boolean replacementIndicator,

            @Valid
            @Measured(
                    units = {"d", "wk", "mo"},
                    min = {"0", "0", "0"},
                    max = {"3650", "520", "120"})
            @Schema(description = "The time left the pump shows with its replacement indicator, where recorded")
            QuantityDto replacementTimeLeft,

            @Schema(description = "Skin erosion over the pump or the catheter")
            Boolean skinErosion,

            @Schema(description = "The pump has turned over in its pocket")
            Boolean pumpFlipped,

            @Schema(description = "The refill port cannot be found or reached")
            Boolean portNotAccessible,

            @Schema(
                    description = "A catheter problem is suspected: no CSF on aspiration through the catheter access"
                            + " port, or a kink, leak, disconnection or migration seen")
            Boolean catheterProblemSuspected) {}

    @Schema(description = "Signs of a catheter-tip inflammatory mass (granuloma)")
    public record Neurological(
            @Schema(description = "Loss of analgesia") Boolean lossOfAnalgesia,

            @Schema(description = "Dose escalation without benefit, not explained otherwise")
            Boolean doseEscalationWithoutBenefit,

            @Schema(description = "A new or progressive neurological deficit: weakness, a sensory level, myelopathy")
            Boolean newNeurologicalDeficit,

            @Schema(description = "New radicular pain at the level of the catheter tip")
            Boolean radicularPainAtTipLevel,

            @Schema(description = "A new bowel or bladder change (for example urinary retention)")
            Boolean bowelOrBladderChange,

            @Schema(description = "CSF is harder to aspirate through the catheter access port than before")
            Boolean harderCsfAspiration) {}

    @Schema(description = "Signs at the pump pocket or an incision")
    public record Wound(
            Boolean redness,
            Boolean swelling,
            Boolean warmth,
            Boolean tenderness,
            @Schema(description = "Purulent drainage") Boolean purulentDrainage,

            @Schema(description = "The wound has come apart")
            Boolean dehiscence,

            @Schema(description = "Fluid collected in the pump pocket")
            Boolean pocketFluid,

            @Schema(description = "Clear fluid leaking at the wound (CSF suspected)")
            Boolean clearFluidLeak) {}

    @Schema(description = "Systemic signs")
    public record Systemic(
            Boolean fever,
            Boolean headache,
            Boolean neckStiffness,
            Boolean alteredMentalState,
            Boolean photophobia,

            @Schema(description = "A headache worse upright and eased lying flat")
            Boolean positionalHeadache) {}

    @Schema(description = "A new psychiatric or cognitive sign since the last visit (read with ziconotide)")
    public record MentalState(
            @Schema(description = "New or worse depressed mood")
            Boolean depression,

            @Schema(description = "Suicidal thoughts or behaviour")
            Boolean suicidality,

            @Schema(description = "Hallucinations or paranoia")
            Boolean hallucinationsOrParanoia,

            @Schema(description = "New confusion") Boolean confusion,
            @Schema(description = "New memory impairment") Boolean memoryImpairment,

            @Schema(description = "Reduced alertness or responsiveness")
            Boolean reducedAlertness) {}

    @Schema(description = "Muscle findings (read with ziconotide)")
    public record Muscle(
            @Schema(description = "Creatine kinase above the laboratory's reference range")
            Boolean ckAboveLabRange,

            @Schema(description = "New muscle pain") Boolean myalgia) {}

    @Schema(
            description =
                    "Blood pressure and heart rate as the clinician judges them (read with clonidine and local anaesthetics)")
    public record Circulation(Boolean hypotension, Boolean bradycardia) {}

    @Schema(description = "The patient's state that changes how a sign reads, and the respiratory risk")
    public record Patient(
            @Schema(description = "Neutropenia now (for example after chemotherapy)")
            Boolean neutropenia,

            @Schema(description = "Systemic corticosteroids now")
            Boolean systemicSteroids,

            @Valid
            @Schema(
                    description = "What raises the risk of respiratory depression (read after a REVISION); leave out"
                            + " what is not known")
            RespiratoryRiskFactors respiratoryRisk,

            @Size(max = 10)
            @Schema(
                    description =
                            "Each anticoagulant or antiplatelet started since the implant, by its name in the drug"
                                    + " catalogue, once")
            List<@NotBlank @Size(max = 100) String> antithromboticsStartedSinceImplant) {}

    @Schema(description = "The intrathecal therapy's history")
    public record Therapy(
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date, YYYY-MM-DD")
            @Schema(description = "The day intrathecal therapy started (the implant, or the first infusion)")
            String startedOn,

            @Valid
            @Schema(
                    description = "An opioid of the pump and its daily dose a year before the event, to show the"
                            + " yearly escalation (needs the pump's basal rate)")
            DailyDose dailyDoseAYearAgo) {}
}
