package org.idds.cds.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.idds.cds.ruleset.ConcernVocabulary;

/** Makes selection's framework-free pieces available to the container. */
@ApplicationScoped
public class SelectionBeans {

    @Produces
    @ApplicationScoped
    ConcernVocabulary selectionVocabulary() {
        return new SelectionChecks();
    }
}
