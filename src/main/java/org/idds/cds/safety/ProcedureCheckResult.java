package org.idds.cds.safety;

import java.util.List;
import java.util.Map;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.StatusAnswer;

/**
 * The answer to a procedure check in format {@code idds-answer/2}: the status, the procedure as planned, each
 * antithrombotic's plan (dates computed from the cited holds, or why none), the facts once and every finding once in
 * the shared shape. Texts that are the same for every patient (status and plan wording, rule details, figure
 * descriptions, the disclaimer) are ruleset text, added by the full view.
 */
public record ProcedureCheckResult(
        AnswerHeader header,
        Status status,
        Procedure procedure,
        List<DrugPlan> drugs,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements StatusAnswer {

    /** The worst finding decides (by the status policy of safety's outcomes file). */
    public enum Status {
        DO_NOT_PROCEED_AS_PLANNED,
        REVIEW_BEFORE_PROCEDURE,
        PLAN_AS_SHOWN
    }

    /** The planned procedure as given. */
    public record Procedure(ProcedureKind kind, java.time.OffsetDateTime plannedAt) {}
}
