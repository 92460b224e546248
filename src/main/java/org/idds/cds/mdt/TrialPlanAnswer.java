package org.idds.cds.mdt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.StatusAnswer;
import org.idds.cds.mdt.MdtCaseAnswer.MdtFinding;
import org.idds.cds.mdt.MdtCaseAnswer.ProcedureCheckOutcome;
import org.idds.cds.selection.Verdict;
import org.idds.cds.trial.TrialPlan;

/**
 * The answer to a trial plan, exactly as returned and stored (kind {@code TRIAL_PLAN}): the stored candidacy it was
 * made from (by id, with its verdict), the trial date, the plan's status (ready to book, or drafted while a check holds
 * the trial back), a trial recommended or its omission proposed for the MDT, each open check (named by the planning
 * rule that classified it, with the inputs it waits for), the protocols ranked with their setting and observation and,
 * when the request gave it, the procedure check for the trial date in its own section; one findings list for the plan
 * and the check, ordered and merged as in the MDT case (ids {@code f1}..). Ruleset text (rule details, protocol
 * wording, status texts, figure descriptions) is read by key.
 */
public record TrialPlanAnswer(
        AnswerHeader header,
        Candidacy candidacy,
        OffsetDateTime trialDate,
        TrialPlan.Status status,
        TrialPlan.Trial trial,
        List<TrialPlan.OpenCheck> openChecks,
        List<TrialPlan.ProtocolPlan> protocols,
        Optional<ProcedureCheckOutcome> procedureCheck,
        Map<String, FactValue> facts,
        List<MdtFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements StatusAnswer {

    /** The stored candidacy assessment the plan was made from. */
    public record Candidacy(UUID assessmentId, Verdict verdict, boolean provisional) {}
}
