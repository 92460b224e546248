package org.idds.cds.mdt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.dosing.DosingCalculator.NotCalculated;
import org.idds.cds.dosing.DrugOptionsResult.OptionStatus;
import org.idds.cds.dosing.PrescriptionCheckResult.Status;
import org.idds.cds.dosing.Step;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.kernel.answer.DrugCombination;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.ruleset.EvidenceViews.QuantityView;
import org.idds.cds.safety.DrugPlan;
import org.idds.cds.safety.FollowUpCheckResult;
import org.idds.cds.safety.ProcedureCheckResult;
import org.idds.cds.safety.RefillVolumes;
import org.idds.cds.selection.DevicePlan;
import org.idds.cds.selection.Verdict;
import org.idds.cds.trial.TrialEvaluationResult;
import org.idds.cds.trial.TrialEvaluationStatus;
import org.idds.cds.trial.TrialPlan;

/**
 * The answer to an MDT case, exactly as returned and stored (kind {@code MDT_CASE}): each concern's outcome standing
 * beside the others in {@code concerns} (its verdict or status and the findings it gave, by id), and one findings list
 * for the whole case, ordered by severity (critical, warning, info), then concern, then rule id. Findings of different
 * concerns that rest on the same governed statement, or on the same governed figures, are one item listing every rule
 * they came from; wording is never compared. Ruleset text (rule titles, figure descriptions, source labels,
 * disclaimers) is not repeated here: it is read by key. {@code facts}: the patient facts of every concern, each once
 * by input path (a path two concerns read with different values keeps both, the second as {@code path#2}); findings
 * refer to them by key.
 */
public record MdtCaseAnswer(
        AnswerHeader header,
        Concerns concerns,
        Map<String, FactValue> facts,
        List<MdtFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements AuditedAnswer {

    /** The row's outcome: each concern's ({@link MdtReplay#outcome}). */
    @Override
    public String recordedOutcome() {
        return MdtReplay.outcome(MdtReplay.outcomes(this));
    }

    /** The concerns' outcomes side by side; the candidacy always, the others when the case asked for them. */
    public record Concerns(
            CandidacyOutcome candidacy,
            Optional<PrescriptionCheckOutcome> prescriptionCheck,
            Optional<DrugOptionsOutcome> drugOptions,
            Optional<ProcedureCheckOutcome> procedureCheck,
            Optional<FollowUpCheckOutcome> followUpCheck,
            Optional<TrialEvaluationOutcome> trialEvaluation,
            Optional<TrialPlanOutcome> trialPlan) {}

    /**
     * The trial plan made from this case's own candidacy: ready to book, or drafted naming each open check (whether it
     * holds the trial back, the candidacy inputs it waits for); the trial recommended or its omission proposed for the
     * MDT to decide; the protocols ranked with setting, observation and monitoring; {@code withProcedureCheck}: whether
     * this case's procedure check (about the trial, at its date) was the plan's. Finding ids are this answer's.
     */
    public record TrialPlanOutcome(
            TrialPlan.Status status,
            java.time.OffsetDateTime trialDate,
            TrialPlan.Trial trial,
            List<TrialPlan.OpenCheck> openChecks,
            List<TrialPlan.ProtocolPlan> protocols,
            boolean withProcedureCheck,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /**
     * The trial evaluation's status (a verdict only against the site's cited threshold; {@code LOCAL_POLICY_DECIDES}
     * without one), the trial as given, the relief at each time point and the one it is judged by, the relief against
     * each cited figure (information), each criterion's result, on success the hand-over to dosing (a suggested
     * prescription check, never sent, never with a daily dose), and its findings as ids in this answer's
     * {@code findings}. The status's words and next step are ruleset text (the full view adds them).
     */
    public record TrialEvaluationOutcome(
            TrialEvaluationStatus status,
            TrialEvaluationResult.Trial trial,
            TrialEvaluationResult.Relief relief,
            List<TrialEvaluationResult.CitedFigure> citedFigures,
            List<TrialEvaluationResult.Criterion> criteria,
            Optional<TrialEvaluationResult.HandOver> handOver,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /**
     * The follow-up check's status, the post-implant event and the pump as given, a refill's volumes worked out figure
     * by figure, and its findings as ids in this answer's {@code findings}.
     */
    public record FollowUpCheckOutcome(
            FollowUpCheckResult.Status status,
            FollowUpCheckResult.Event event,
            FollowUpCheckResult.Pump pump,
            Optional<List<RefillVolumes.Figure>> refillVolumes,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /**
     * The procedure check's status, the procedure as planned and each antithrombotic's plan (its hold and restart
     * dated from the cited figures, or why not), whose {@code findings} are ids in this answer's {@code findings}: each
     * hold is shown here once (the candidacy says only that a plan is needed).
     */
    public record ProcedureCheckOutcome(
            ProcedureCheckResult.Status status,
            ProcedureCheckResult.Procedure procedure,
            List<DrugPlan> drugs,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /** A finding of this concern, by its id in {@code findings} and the rule that gave it. */
    public record FindingRef(String id, String rule, String ruleVersion) {}

    /** The candidacy verdict as the candidacy assessment gives it, with what it still waits for. */
    public record CandidacyOutcome(
            Verdict verdict,
            String verdictSummary,
            boolean provisional,
            Optional<DevicePlan> devicePlan,
            Optional<QuantityView> oralMorphineEquivalent,
            List<MissingInput> missingInputs,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /** An input the candidacy verdict depends on that was not given, and what it means for the verdict. */
    public record MissingInput(String input, String role) {}

    /** The prescription check's status, every calculation it made, its dates and its findings. */
    public record PrescriptionCheckOutcome(
            Status status,
            String statusSummary,
            Optional<String> deviceId,
            List<Step> calculations,
            List<NotCalculated> notCalculated,
            Optional<LocalDate> refillDue,
            Optional<LocalDate> alarmExpected,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}

    /**
     * The drug options of the algorithm at the patient's position: each line's options and their status. The texts
     * (the edition's name, an option's label, the text of what the track does not encode when {@code notEncoded}) are
     * the algorithm file's, by {@code algorithm} id and {@code position} ({@code /rulesets/{hash}/algorithms/{id}}).
     */
    public record DrugOptionsOutcome(
            String algorithm,
            boolean superseded,
            List<AxisValue> position,
            List<Line> lines,
            boolean notEncoded,
            boolean reliesOnUnverifiedKnowledge) {}

    public record AxisValue(String axis, String value) {}

    public record Line(int line, boolean verified, List<Option> options) {}

    /** An option and its status; {@code ruledOutBy}: the conditions that exclude it or must be known first. */
    public record Option(List<String> drugs, OptionStatus status, List<String> ruledOutBy) {

        /** The option as a clinician reads it, as the full view shows it: "morphine + bupivacaine". */
        public String label() {
            return DrugCombination.label(drugs);
        }
    }

    /**
     * One item of the case's findings. {@code rule}, {@code concern}, {@code severity} and {@code summary} are those
     * of its first finding in the order above; {@code rules} lists every rule it came from (one, unless merged).
     * {@code mergedOn} and {@code alsoFrom} appear only on a merged item: the governed statement or figure keys its
     * findings share, and the other findings with their own concern, severity and summary.
     */
    public record MdtFinding(
            String id,
            String rule,
            String ruleVersion,
            Concern concern,
            String topic,
            String severity,
            String summary,
            List<String> facts,
            List<ConcernFinding.Figure> figures,
            List<ConcernFinding.CitationRef> citations,
            boolean unverified,
            List<String> supersededSources,
            Optional<String> statement,
            List<String> rules,
            Optional<MergeKey> mergedOn,
            Optional<List<Part>> alsoFrom) {}

    /** What merged findings share: a governed statement key, or the same governed figure keys. */
    public record MergeKey(Optional<String> statement, Optional<List<String>> figures) {}

    /** A finding merged into an item, as its own concern gave it. */
    public record Part(
            String rule, String ruleVersion, Concern concern, String topic, String severity, String summary) {}
}
