package org.idds.cds.selection.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.HoldAdvice;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.selection.InputField;

/**
 * A current medication with its catalogue class and peri-implant hold (for its route), under the catalogue's generic
 * name; {@code enteredAs} is the name typed when it differs (a brand, a synonym, another case).
 */
public record CurrentMedication(
        String drug, Route route, DrugClass drugClass, Optional<HoldAdvice> hold, Optional<String> enteredAs)
        implements BasisFact, Governed {

    public CurrentMedication(String drug, Route route, DrugClass drugClass, Optional<HoldAdvice> hold) {
        this(drug, route, drugClass, hold, Optional.empty());
    }

    public boolean hasHold() {
        return hold.isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(
                InputField.MEDICATIONS.path() + "[" + drug + "]",
                drug + enteredAs.map(e -> " (entered as " + e + ")").orElse("") + " (" + route.code() + ", "
                        + drugClass.name().toLowerCase() + ")",
                Optional.empty()));
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new ArrayList<>();
        hold.ifPresent(h -> {
            figures.add(GovernedFigure.of(
                    "hold." + drug + ".stopBefore",
                    h.stopBefore(),
                    "Stop " + drug + " before implant (" + h.policy() + "). " + h.policyNote(),
                    h.verification(),
                    h.citations()));
            figures.add(GovernedFigure.of(
                    "hold." + drug + ".restartAfter",
                    h.restartAfter(),
                    "Restart " + drug + " after implant (" + h.policy() + ")",
                    h.verification(),
                    h.citations()));
        });
        return figures;
    }
}
