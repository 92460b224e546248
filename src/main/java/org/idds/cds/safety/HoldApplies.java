package org.idds.cds.safety;

import java.util.List;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Parameter;

/**
 * Inserted by a drug's hold rule beside its finding: the hold the drug is dated by, for the rule that compares the
 * last dose with it (its figures are that rule's grounds).
 */
public record HoldApplies(String drug, Parameter stopBefore, Parameter restartAfter) implements Governed {

    @Override
    public List<GovernedFigure> governedFigures() {
        return java.util.stream.Stream.concat(
                        stopBefore.governedFigures().stream(), restartAfter.governedFigures().stream())
                .toList();
    }
}
