package org.idds.cds.selection.service;

import java.util.List;
import java.util.Set;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.ConcernVocabulary;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.SelectionVocabulary;

/**
 * Selection as the ruleset loader sees it: the input names of {@link SelectionVocabulary}, and the check of
 * selection's outcomes file (see {@link OutcomesFile}), so that a bad verdict policy or wording stops the start naming
 * the file.
 */
public final class SelectionChecks implements ConcernVocabulary {

    private final SelectionVocabulary vocabulary = new SelectionVocabulary();

    @Override
    public Concern concern() {
        return vocabulary.concern();
    }

    @Override
    public Set<String> inputs() {
        return vocabulary.inputs();
    }

    @Override
    public List<String> problems(Ruleset ruleset) {
        return OutcomesFile.problems(ruleset);
    }
}
