package org.idds.cds.safety;

import java.util.List;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Parameter;

/**
 * Inserted by the one rule that reads the dual-antiplatelet windows (SAF-PR-032): a coronary stent younger than its
 * type's window at the planned procedure. The P2Y12 hold rules and the do-not-interrupt rule read this fact, so the
 * window is computed once; it carries the stent (basis) and the window (its governed figure) into their grounds.
 */
public record InsideDualAntiplateletWindow(CoronaryStent stent, Parameter window) implements BasisFact, Governed {

    @Override
    public List<BasisItem> basis() {
        return stent.basis();
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return window.governedFigures();
    }
}
