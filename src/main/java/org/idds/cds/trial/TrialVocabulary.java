package org.idds.cds.trial;

import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.FieldVocabulary;

/**
 * Trial rules name their inputs by {@link TrialEvaluationField} or {@link TrialPlanningField} constant; its outcomes
 * file is checked at load.
 */
public final class TrialVocabulary extends FieldVocabulary {

    public TrialVocabulary() {
        super(Concern.TRIAL, TrialOutcomes::problems, TrialEvaluationField.class, TrialPlanningField.class);
    }
}
