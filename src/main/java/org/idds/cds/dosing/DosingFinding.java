package org.idds.cds.dosing;

import org.idds.cds.kernel.RuleOutput;

/**
 * What a dosing rule inserts when it fires: that it fired. What it means (its severity, wording and sources) is the
 * rule's governed metadata; the facts it matched are the basis.
 */
public record DosingFinding() implements RuleOutput {

    public static DosingFinding fired() {
        return new DosingFinding();
    }
}
