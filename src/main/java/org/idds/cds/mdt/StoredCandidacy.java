package org.idds.cds.mdt;

import java.util.List;
import java.util.UUID;
import org.idds.cds.selection.Verdict;

/**
 * A stored candidacy assessment as a trial plan reads it, from its stored answer (the answer the MDT was given, under
 * the ruleset it was made with): its verdict, whether it is provisional, and each finding by the selection rule that
 * gave it, with its effect and the inputs it asks for.
 */
public record StoredCandidacy(UUID assessmentId, Verdict verdict, boolean provisional, List<Finding> findings) {

    public StoredCandidacy {
        findings = List.copyOf(findings);
    }

    /** One finding of the candidacy: its selection rule, its effect there and the inputs it asks for. */
    public record Finding(String rule, String effect, List<String> inputs) {
        public Finding {
            inputs = List.copyOf(inputs);
        }
    }
}
