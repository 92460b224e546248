package org.idds.cds.selection.fact;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** A yes/no input that was answered. Unanswered questions are {@link MissingInput} facts instead. */
public record Answer(Question question, boolean yes) implements BasisFact {
    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(question.field(), yes));
    }
}
