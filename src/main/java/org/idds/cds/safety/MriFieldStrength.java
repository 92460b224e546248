package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.device.MriInstructions;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;

/** At a planned MRI ({@link PlannedMri}): the static field strength the labelling allows, read exactly or up to it, and the spatial gradient's limit. */
public record MriFieldStrength(
        MriInstructions.Allowed allowed, GovernedFigure strength, Optional<GovernedFigure> spatialGradientMax)
        implements Governed, BasisFact {

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new ArrayList<>();
        figures.add(strength);
        spatialGradientMax.ifPresent(figures::add);
        return figures;
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(PlannedMri.FIELD_STRENGTH_ALLOWED, allowed.name(), Optional.empty()));
    }
}
