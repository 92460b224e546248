package org.idds.cds.selection;

import java.util.List;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.FieldVocabulary;

/** Selection rules name their inputs by {@link InputField} constant. */
public final class SelectionVocabulary extends FieldVocabulary {

    public SelectionVocabulary() {
        super(Concern.SELECTION, ruleset -> List.of(), InputField.class);
    }
}
