package org.idds.cds.trial.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.trial.AdverseSeverity;
import org.idds.cds.trial.ReferralReason;
import org.idds.cds.trial.TrialOpioidStatus;
import org.idds.cds.trial.TrialRoute;
import org.idds.cds.web.AuditedRequests;
import org.idds.cds.web.QuantityDto;
import org.idds.cds.web.validation.Measured;
import org.idds.cds.web.validation.OneOf;

/**
 * A trial to evaluate (format {@value #SCHEMA}): the protocol it followed (or its method), the drugs with dose and
 * route, the pain before and after the dose, and what else was recorded. Every optional part left out is "not
 * recorded": nothing is assumed for it.
 */
@Schema(description = "An intrathecal (or epidural) trial as recorded, to be evaluated against the site's policy")
public record TrialEvaluationRequest(
        @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank: leave the field out")
        String caseReference,

        @Size(max = 80)
        @Pattern(regexp = "[a-z0-9-]+", message = "must be a protocol id as GET /api/v1/trial-protocols lists them")
        @Schema(description = "The trial protocol followed, by id (GET /api/v1/trial-protocols); or give the method")
        String protocol,

        @OneOf(TrialMethod.class)
        @Schema(description = "SINGLE_BOLUS, REPEATED_BOLUS or CONTINUOUS_INFUSION; required without a protocol")
        String method,

        @NotEmpty @Size(max = 4) @Schema(description = "The trial drugs, each with its dose and route")
        List<@NotNull @Valid DrugGiven> drugs,

        @NotNull
        @DecimalMin(value = "0", message = "must be a pain score from 0 to 10")
        @DecimalMax(value = "10", message = "must be a pain score from 0 to 10")
        @Schema(description = "The pain score before the trial (0-10)")
        BigDecimal baselinePain,

        @NotEmpty
        @Size(max = 48)
        @Schema(description = "The pain scores after the dose (0-10), each with its time after the dose in hours")
        List<@NotNull @Valid Score> painScores,

        @DecimalMin(value = "0", message = "must be from 0 to 720 hours")
        @DecimalMax(value = "720", message = "must be from 0 to 720 hours")
        @Schema(description = "How long the relief lasted, in hours")
        BigDecimal reliefHours,

        @Valid @Schema(description = "Rescue medication during the trial; not recorded when left out")
        Rescue rescueMedication,

        @Valid @Schema(description = "Function, where recorded; not recorded when left out")
        Function function,

        @Size(max = 20)
        @Schema(
                description = "The adverse effects during the trial, each with its severity; an empty list: none; "
                        + "left out: not recorded")
        List<@NotNull @Valid Effect> adverseEffects,

        @NotNull
        @OneOf(ReferralReason.class)
        @Schema(description = "UNCONTROLLED_PAIN or INTOLERABLE_SIDE_EFFECTS (of systemic opioids)")
        String referralReason,

        @NotNull @OneOf(TrialOpioidStatus.class) @Schema(description = "OPIOID_NAIVE or OPIOID_TOLERANT")
        String opioidStatus,

        @Valid
        @Schema(
                description = "For a referral for side effects: the side-effect burden (0-10) before the trial "
                        + "and during it")
        SideEffectBurden sideEffectBurden)
        implements AuditedRequests.CaseReferenced {

    /** The version of this request format, recorded with every audit row. */
    public static final String SCHEMA = "trial-evaluation-request/1";

    public record DrugGiven(
            @NotBlank @Size(max = 100) String drug,

            @NotNull
            @Valid
            @Measured(
                    units = {"mg", "ug", "mg/d", "ug/d", "mg/h", "ug/h"},
                    min = {"0.0001", "0.01", "0.0001", "0.01", "0.00001", "0.001"},
                    max = {"100", "100000", "1000", "1000000", "50", "50000"})
            @Schema(description = "A bolus dose (mg, ug) or an infusion rate (mg/d, ug/d, mg/h, ug/h)")
            QuantityDto dose,

            @NotNull @OneOf(TrialRoute.class) @Schema(description = "INTRATHECAL or EPIDURAL")
            String route) {}

    public record Score(
            @NotNull
            @DecimalMin(value = "0", message = "must be from 0 to 720 hours")
            @DecimalMax(value = "720", message = "must be from 0 to 720 hours")
            BigDecimal afterDoseHours,

            @NotNull
            @DecimalMin(value = "0", message = "must be a pain score from 0 to 10")
            @DecimalMax(value = "10", message = "must be a pain score from 0 to 10")
            BigDecimal score) {}

    public record Rescue(
            @NotNull Boolean given, @Size(max = 200) String what) {}

    public record Function(
            @NotNull @Schema(description = "Whether function improved over the trial")
            Boolean improved) {}

    public record Effect(
            @NotBlank @Size(max = 100) String effect,

            @NotNull @OneOf(AdverseSeverity.class) @Schema(description = "MILD, MODERATE, SEVERE or SERIOUS")
            String severity) {}

    public record SideEffectBurden(
            @NotNull
            @DecimalMin(value = "0", message = "must be a score from 0 to 10")
            @DecimalMax(value = "10", message = "must be a score from 0 to 10")
            BigDecimal before,

            @NotNull
            @DecimalMin(value = "0", message = "must be a score from 0 to 10")
            @DecimalMax(value = "10", message = "must be a score from 0 to 10")
            BigDecimal during) {}
}
