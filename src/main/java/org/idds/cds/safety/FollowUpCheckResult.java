package org.idds.cds.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.StatusAnswer;

/**
 * The answer to a follow-up check in format {@code idds-answer/2}: the status, the event as given, the pump (its model
 * id and whether the ruleset describes it), a refill's volumes worked out figure by figure with where each came from,
 * the facts once and every finding once in the shared shape. Texts that are the same for every patient (status
 * wording, rule details, figure descriptions, the disclaimer) are ruleset text, added by the full view.
 */
public record FollowUpCheckResult(
        AnswerHeader header,
        Status status,
        Event event,
        Pump pump,
        Optional<List<RefillVolumes.Figure>> refillVolumes,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        boolean reliesOnUnverifiedKnowledge)
        implements StatusAnswer {

    /** The worst finding decides (by the follow-up status policy of safety's outcomes file). */
    public enum Status {
        ACT_NOW,
        REVIEW,
        NO_FINDING
    }

    /** The event as given. */
    public record Event(FollowUpEventKind kind, OffsetDateTime at) {}

    /** The pump's model id as given, and whether the ruleset describes it (model-specific figures only then). */
    public record Pump(String deviceId, boolean modelKnown) {}
}
