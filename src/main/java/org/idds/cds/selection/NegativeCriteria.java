package org.idds.cds.selection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.RuleMetadata;
import org.idds.cds.ruleset.RuleStatus;
import org.idds.cds.ruleset.Ruleset;

/**
 * The selection rules of a ruleset that can be shown as pertinent negatives (those with a {@code whenNotMet}
 * sentence), each with its inputs read once as {@link InputField}s, in the ruleset's rule order. The same for every
 * evaluation under a ruleset, so it is read once per ruleset content instead of once per evaluation.
 */
record NegativeCriteria(List<Criterion> criteria) {

    /** One criterion: its rule and the inputs it was checked with. */
    record Criterion(RuleMetadata rule, List<InputField> inputs) {

        Criterion {
            inputs = List.copyOf(inputs);
        }

        /** Whether any of its inputs is among {@code missing}. */
        boolean needsAnyOf(Set<InputField> missing) {
            for (InputField input : inputs) {
                if (missing.contains(input)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ConcurrentMap<String, NegativeCriteria> BY_CONTENT = new ConcurrentHashMap<>();

    NegativeCriteria {
        criteria = List.copyOf(criteria);
    }

    static NegativeCriteria of(Ruleset ruleset) {
        return BY_CONTENT.computeIfAbsent(
                ruleset.contentHash(),
                hash -> new NegativeCriteria(ruleset.rules().values().stream()
                        .filter(rule ->
                                rule.concern() == Concern.SELECTION) // other concerns' rules are not criteria here
                        .filter(rule -> rule.status() != RuleStatus.RETIRED) // never evaluated
                        .filter(rule -> rule.whenNotMet().isPresent())
                        .map(rule -> new Criterion(
                                rule,
                                rule.inputs().stream().map(InputField::valueOf).toList()))
                        .toList()));
    }

    /** An empty set of inputs, to be filled: the inputs an evaluation lacks. */
    static Set<InputField> noInputs() {
        return EnumSet.noneOf(InputField.class);
    }
}
