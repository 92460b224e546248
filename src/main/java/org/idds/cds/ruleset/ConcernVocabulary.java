package org.idds.cds.ruleset;

import java.util.List;
import java.util.Set;
import org.idds.cds.kernel.Concern;

/**
 * The input names one concern's rules may declare in their metadata, and the concern's checks of its own data files.
 * Each concern provides its own, so the loader can check a rule's {@code inputs} and a concern's outcomes file without
 * knowing any concern's vocabulary.
 */
public interface ConcernVocabulary {

    Concern concern();

    Set<String> inputs();

    /**
     * What this concern finds wrong in a loaded ruleset's files of its own (for selection: its outcomes file, see
     * {@link Ruleset#outcomes}), each problem naming the file; the loader refuses the ruleset if any. None by default.
     */
    default List<String> problems(Ruleset ruleset) {
        return List.of();
    }
}
