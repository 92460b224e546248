package org.idds.cds.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.idds.cds.kernel.RuleOutput;
import org.idds.cds.kernel.answer.AnswerFinding;

/** A rule output with the rule that produced it and the facts that rule matched. */
public record FiredFinding(String ruleId, String ruleVersion, RuleOutput output, List<Object> matchedFacts) {

    public FiredFinding {
        matchedFacts = List.copyOf(matchedFacts);
    }

    /** The output as the concern's own finding type; a different type is a wiring error, not a clinical state. */
    public <T extends RuleOutput> T as(Class<T> type) {
        if (!type.isInstance(output)) {
            throw new IllegalStateException("Rule " + ruleId + " produced "
                    + output.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return type.cast(output);
    }

    /**
     * Each of {@code inAnswerOrder} turned into its answer by {@code answer}, given its answer id ({@code f1}..
     * {@code fn}, see {@link AnswerFinding#id}).
     */
    public static <T> List<T> answered(List<FiredFinding> inAnswerOrder, BiFunction<String, FiredFinding, T> answer) {
        List<T> answers = new ArrayList<>();
        for (int i = 0; i < inAnswerOrder.size(); i++) {
            answers.add(answer.apply(AnswerFinding.id(i), inAnswerOrder.get(i)));
        }
        return List.copyOf(answers);
    }
}
