package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.engine.FiredFinding;
import org.idds.cds.kernel.Severity;
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
    private final List<FiredFinding> fired;

    public FollowUpEvaluation(Ruleset ruleset, EngineResult result) {
        this.ruleset = ruleset;
        List<FiredFinding> sorted = new ArrayList<>(result.findings());
        sorted.sort(Comparator.comparing(
                        (FiredFinding f) -> ruleset.firedRule(f.ruleId()).severity(), Severity.WORST_FIRST)
                .thenComparing(FiredFinding::ruleId));
        this.fired = List.copyOf(sorted);
    }

    /** The findings in answer order, ids {@code f1}..{@code fn}, their facts added to {@code facts}. */
    public List<AnswerFinding> findings(AnswerFacts facts) {
        List<AnswerFinding> findings = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            FiredFinding f = fired.get(i);
            findings.add(ruleset.firedFinding(
                            AnswerFinding.id(i), f.ruleId(), f.ruleVersion(), f.matchedFacts(), List.of(), facts)
                    .withInputs(RespiratoryInputsNotGiven.of(f.matchedFacts())));
        }
        return List.copyOf(findings);
    }

    /** The status by the ruleset's follow-up status policy, from the findings' severities. */
    public FollowUpCheckResult.Status status() {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        fired.forEach(f -> severities.add(ruleset.firedRule(f.ruleId()).severity()));
        return SafetyOutcomes.followUp(ruleset).status(severities);
    }
}
