package org.idds.cds.safety;

import java.util.List;
import org.idds.cds.device.MriInstructions;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;

/** At a planned MRI ({@link PlannedMri}): one action the model's MRI labelling names (before, during or after the scan), with its steps' figures. */
public record MriStep(MriInstructions.Action action, List<GovernedFigure> figures) implements Governed {

    public MriStep {
        figures = List.copyOf(figures);
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return figures;
    }
}
