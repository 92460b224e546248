package org.idds.cds.dosing;

import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.FieldVocabulary;

/**
 * Dosing rules name their inputs by {@link PrescriptionField} constant; dosing's outcomes file is checked by
 * {@link DosingOutcomes}, so a bad status policy or wording stops the start naming the file.
 */
public final class DosingVocabulary extends FieldVocabulary {

    public DosingVocabulary() {
        super(Concern.DOSING, DosingOutcomes::problems, PrescriptionField.class);
    }
}
