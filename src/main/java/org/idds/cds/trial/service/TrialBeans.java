package org.idds.cds.trial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.trial.TrialVocabulary;

/** Makes the trial concern's framework-free pieces available to the container. */
@ApplicationScoped
public class TrialBeans {

    @Produces
    @ApplicationScoped
    ConcernVocabulary trialVocabulary() {
        return new TrialVocabulary();
    }
}
