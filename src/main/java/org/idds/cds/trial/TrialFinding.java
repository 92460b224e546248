package org.idds.cds.trial;

import org.idds.cds.kernel.RuleOutput;

/**
 * What a trial rule inserts when it fires: its {@link TrialEffect} on the concern's outcome (the status policy of
 * {@code rules/trial/outcomes.json} reads the effects). Severity, wording and sources are the rule's governed
 * metadata; the figures it compared with are the parameters it matched.
 */
public record TrialFinding(TrialEffect effect) implements RuleOutput {

    /** A finding shown for what it says, with no effect on the outcome. */
    public static TrialFinding fired() {
        return new TrialFinding(TrialEffect.NONE);
    }

    /** A finding with an effect on the outcome. */
    public static TrialFinding of(TrialEffect effect) {
        return new TrialFinding(effect);
    }
}
