package org.idds.cds.safety;

import java.util.List;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.answer.AnswerFacts;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.ruleset.Ruleset;

/**
 * The device-event rules' findings on a post-implant event turned into the answer: findings in the shared shape
 * (critical, then warning, then info; by rule id within a severity), and the status by the follow-up status policy of
 * safety's outcomes file.
 */
public final class FollowUpEvaluation {

    private final Ruleset ruleset;
    private final EngineResult result;

    public FollowUpEvaluation(Ruleset ruleset, EngineResult result) {
        this.ruleset = ruleset;
        this.result = result;
    }

    /** The findings in answer order, ids {@code f1}..{@code fn}, their facts added to {@code facts}. */
    public List<AnswerFinding> findings(AnswerFacts facts) {
        return FiredFinding.answered(
                result.inAnswerOrder(ruleset),
                (id, f) -> ruleset.firedFinding(id, f.ruleId(), f.ruleVersion(), f.matchedFacts(), List.of(), facts)
                        .withInputs(RespiratoryInputsNotGiven.of(f.matchedFacts())));
    }

    /** The status by the ruleset's follow-up status policy, from the findings' severities. */
    public FollowUpCheckResult.Status status() {
        return SafetyOutcomes.followUp(ruleset).status(result.severities(ruleset));
    }
}
