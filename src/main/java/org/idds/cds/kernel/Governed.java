package org.idds.cds.kernel;

import java.util.List;

/** A rule fact that carries governed knowledge figures. */
public interface Governed {
    List<GovernedFigure> governedFigures();
}
