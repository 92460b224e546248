package org.idds.cds.mdt;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.mdt.MdtCaseAnswer.FindingRef;
import org.idds.cds.mdt.MdtCaseAnswer.MdtFinding;
import org.idds.cds.mdt.MdtCaseAnswer.ProcedureCheckOutcome;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;
import org.idds.cds.selection.Verdict;
import org.idds.cds.trial.TrialPlan;

/**
 * The answer to a trial plan, exactly as returned and stored (kind {@code TRIAL_PLAN}): the stored candidacy it was
 * made from (by id, with its verdict), the trial date, the plan (ready to book or drafted, a trial recommended or its
 * omission proposed for the MDT, each open check, the protocols ranked with setting and observation) and, when the
 * request gave it, the procedure check for the trial date; one findings list for both, ordered and merged as in the
 * MDT case. Ruleset text (rule details, protocol wording, figure descriptions) is read by key.
 */
public record TrialPlanAnswer(
        String format,
        UUID assessmentId,
        AssessmentKind kind,
        Instant assessedAt,
        RulesetRef ruleset,
        Optional<String> caseReference,
        Candidacy candidacy,
        OffsetDateTime trialDate,
        PlanOutcome plan,
        Optional<ProcedureCheckOutcome> procedureCheck,
        Map<String, FactValue> facts,
        List<MdtFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements AuditedAnswer {

    /** The row's outcome: {@code plan=DRAFTED}, with {@code procedureCheck=<status>} when it was run. */
    @Override
    public String recordedOutcome() {
        List<String> outcome = new ArrayList<>();
        outcome.add(Section.TRIAL_PLAN.field() + "=" + plan.status().name());
        procedureCheck.ifPresent(p -> outcome.add(Section.PROCEDURE_CHECK.field() + "=" + p.status().name()));
        return String.join(" ", outcome);
    }

    /** The stored candidacy assessment the plan was made from. */
    public record Candidacy(UUID assessmentId, Verdict verdict, boolean provisional) {}

    /**
     * The plan: its status and whether a trial is recommended, the open checks and the protocols (their findings as ids
     * in this answer's {@code findings}), and the plan's findings.
     */
    public record PlanOutcome(
            TrialPlan.Status status,
            TrialPlan.Trial trial,
            List<TrialPlan.OpenCheck> openChecks,
            List<TrialPlan.ProtocolPlan> protocols,
            List<FindingRef> findings,
            boolean reliesOnUnverifiedKnowledge) {}
}
