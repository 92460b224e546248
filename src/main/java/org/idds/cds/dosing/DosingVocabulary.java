package org.idds.cds.dosing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.Ruleset;

/**
 * Dosing rules name their inputs by {@link PrescriptionField} constant; dosing's outcomes file is checked by
 * {@link DosingOutcomes}, so a bad status policy or wording stops the start naming the file.
 */
public final class DosingVocabulary implements ConcernVocabulary {

    @Override
    public Concern concern() {
        return Concern.DOSING;
    }

    @Override
    public Set<String> inputs() {
        return Arrays.stream(PrescriptionField.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<String> problems(Ruleset ruleset) {
        return DosingOutcomes.problems(ruleset);
    }
}
