package org.idds.cds.dosing;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;

/** Dosing rules name their inputs by {@link PrescriptionField} constant. */
public final class DosingVocabulary implements ConcernVocabulary {

    @Override
    public Concern concern() {
        return Concern.DOSING;
    }

    @Override
    public Set<String> inputs() {
        return Arrays.stream(PrescriptionField.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
