package org.idds.cds.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.Ruleset;

/**
 * Safety rules name their inputs by {@link ProcedureField} or {@link FollowUpField} constant; its outcomes file is
 * checked at load.
 */
public final class SafetyVocabulary implements ConcernVocabulary {

    @Override
    public Concern concern() {
        return Concern.SAFETY;
    }

    @Override
    public Set<String> inputs() {
        return java.util.stream.Stream.concat(
                        Arrays.stream(ProcedureField.values()), Arrays.stream(FollowUpField.values()))
                .map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<String> problems(Ruleset ruleset) {
        return SafetyOutcomes.problems(ruleset);
    }
}
