package org.idds.cds.selection;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;

/** Selection rules name their inputs by {@link InputField} constant. */
public final class SelectionVocabulary implements ConcernVocabulary {

    @Override
    public Concern concern() {
        return Concern.SELECTION;
    }

    @Override
    public Set<String> inputs() {
        return Arrays.stream(InputField.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
