package org.idds.cds.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.Ruleset;

/**
 * Trial rules name their inputs by {@link TrialEvaluationField} or {@link TrialPlanningField} constant; its outcomes
 * file is checked at load.
 */
public final class TrialVocabulary implements ConcernVocabulary {

    @Override
    public Concern concern() {
        return Concern.TRIAL;
    }

    @Override
    public Set<String> inputs() {
        return java.util.stream.Stream.concat(
                        Arrays.stream(TrialEvaluationField.values()), Arrays.stream(TrialPlanningField.values()))
                .map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<String> problems(Ruleset ruleset) {
        return TrialOutcomes.problems(ruleset);
    }
}
