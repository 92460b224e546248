package org.idds.cds.ruleset;

import java.util.Set;
import org.idds.cds.kernel.Concern;

/**
 * The input names one concern's rules may declare in their metadata. Each concern provides its own, so the loader can
 * check a rule's {@code inputs} without knowing any concern's vocabulary.
 */
public interface ConcernVocabulary {

    Concern concern();

    Set<String> inputs();
}
