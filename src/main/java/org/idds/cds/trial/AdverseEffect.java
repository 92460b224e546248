package org.idds.cds.trial;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** One adverse effect during the trial, in the clinician's words, with its severity. */
public record AdverseEffect(String effect, AdverseSeverity severity) implements BasisFact {

    /** Serious, as the sources grade it (life-threatening or needing intervention). */
    public boolean serious() {
        return severity == AdverseSeverity.SERIOUS;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(BasisItem.of(() -> "trial.adverseEffects[" + effect + "]", severity));
    }
}
