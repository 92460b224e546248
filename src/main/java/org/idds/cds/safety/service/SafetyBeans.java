package org.idds.cds.safety.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.safety.SafetyVocabulary;

/** Makes safety's framework-free pieces available to the container. */
@ApplicationScoped
public class SafetyBeans {

    @Produces
    @ApplicationScoped
    ConcernVocabulary safetyVocabulary() {
        return new SafetyVocabulary();
    }
}
