package org.idds.cds.safety;

import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.FieldVocabulary;

/**
 * Safety rules name their inputs by {@link ProcedureField} or {@link FollowUpField} constant; its outcomes file is
 * checked at load.
 */
public final class SafetyVocabulary extends FieldVocabulary {

    public SafetyVocabulary() {
        super(Concern.SAFETY, SafetyOutcomes::problems, ProcedureField.class, FollowUpField.class);
    }
}
