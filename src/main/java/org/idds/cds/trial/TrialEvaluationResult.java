package org.idds.cds.trial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.clinical.trial.CitedThreshold;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.CitationRef;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.StatusAnswer;

/**
 * The answer to a trial evaluation in format {@code idds-answer/2}: the status (a verdict only against the site's
 * cited threshold), the trial as given, the relief at every time point and the one it is judged by, the relief against
 * each cited figure of the protocol's success criteria (information), each criterion met, not met or not recorded,
 * on success the hand-over to dosing as a suggested prescription check (never sent, never with a daily dose), then the
 * facts once and every finding once in the shared shape. Status texts, next steps and the disclaimer are ruleset text,
 * added by the full view.
 */
public record TrialEvaluationResult(
        AnswerHeader header,
        TrialEvaluationStatus status,
        Trial trial,
        Relief relief,
        List<CitedFigure> citedFigures,
        List<Criterion> criteria,
        Optional<HandOver> handOver,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements StatusAnswer {

    /** The trial as given. */
    public record Trial(
            Optional<String> protocol,
            TrialMethod method,
            List<Drug> drugs,
            Optional<BigDecimal> reliefHours,
            Optional<TrialEvaluation.Rescue> rescueMedication,
            ReferralReason referralReason,
            TrialOpioidStatus opioidStatus) {}

    /** One drug as given: the dose (value and UCUM unit) and the route. */
    public record Drug(String drug, Dose dose, TrialRoute route) {}

    /** A dose as given. */
    public record Dose(BigDecimal value, String unit) {}

    /**
     * The relief: the baseline, each time point with its relief (whole percent), and the one the trial is judged by
     * ({@code judgedBy}: {@code BEST_TIME_POINT}, the rules' text says why), with its relief in whole percent.
     */
    public record Relief(
            BigDecimal baseline, List<TimePoint> timePoints, String judgedBy, TimePoint judgedAt, BigDecimal percent) {}

    /** A time point after the dose, its pain score and the relief it shows (whole percent). */
    public record TimePoint(BigDecimal afterDoseHours, BigDecimal score, BigDecimal reliefPercent) {}

    /**
     * One cited figure of the protocol's success criteria (its position {@code index} in the protocol file), with the
     * relief against it as information: what the source uses it for ({@code use}: a trial success criterion, or the
     * outcome measure of a randomised trial, never a trial success criterion), the comparison, the figure, whether
     * it was read in its source, its sources, and whether the relief reaches it.
     */
    public record CitedFigure(
            String protocol,
            int index,
            CitedThreshold.Use use,
            CitedThreshold.Comparison comparison,
            BigDecimal value,
            String unit,
            boolean verified,
            List<CitationRef> citations,
            boolean reliefReaches) {}

    /** One success criterion and its result for this trial. */
    public record Criterion(TrialCriterion criterion, CriterionResult result) {}

    /**
     * The hand-over to dosing on success: a suggested prescription check ({@code request}, in dosing's request
     * field names; not sent), the fields the clinician completes before sending it ({@code toComplete}: always the
     * daily dose, never filled in from the trial), and what the trial showed ({@code fromTrial}).
     */
    public record HandOver(
            String to,
            boolean sent,
            SuggestedPrescriptionCheck request,
            List<String> toComplete,
            FromTrial fromTrial) {}

    /** What the trial hands over beside the request: method, drugs with their routes, adverse effects. */
    public record FromTrial(TrialMethod method, List<Drug> drugs, List<AdverseEffect> adverseEffects) {}
}
