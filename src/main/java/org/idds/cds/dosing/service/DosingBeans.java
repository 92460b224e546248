package org.idds.cds.dosing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.idds.cds.dosing.DosingVocabulary;
import org.idds.cds.ruleset.ConcernVocabulary;

/** Makes dosing's framework-free pieces available to the container. */
@ApplicationScoped
public class DosingBeans {

    @Produces
    @ApplicationScoped
    ConcernVocabulary dosingVocabulary() {
        return new DosingVocabulary();
    }
}
