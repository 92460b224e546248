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
 * name; {@code enteredAs} is the name typed when it differs (a brand, a synonym, another case). {@code routeHold}: the
 * hold is the route's own (heparin IV and SC differ), so its figures are keyed with the route
 * ({@code hold.heparin.intravenous.stopBefore}); a drug's hold is keyed without ({@code hold.naproxen.stopBefore}).
 */
public record CurrentMedication(
        String drug,
        Route route,
        DrugClass drugClass,
        Optional<HoldAdvice> hold,
        Optional<String> enteredAs,
        boolean routeHold)
        implements BasisFact, Governed {

    public CurrentMedication(
            String drug, Route route, DrugClass drugClass, Optional<HoldAdvice> hold, Optional<String> enteredAs) {
        this(drug, route, drugClass, hold, enteredAs, false);
    }

    public CurrentMedication(String drug, Route route, DrugClass drugClass, Optional<HoldAdvice> hold) {
        this(drug, route, drugClass, hold, Optional.empty());
    }

    public boolean hasHold() {
        return hold.isPresent();
    }

    /** A normal INR is required on the day of the procedure while on this drug (a vitamin K antagonist). */
    public boolean isNeedsNormalInr() {
        return hold.flatMap(HoldAdvice::normalBeforeProcedure)
                .filter(t -> t == HoldAdvice.CoagulationTest.INR)
                .isPresent();
    }

    /** A normal aPTT is required before the procedure while on this drug (intravenous unfractionated heparin). */
    public boolean isNeedsNormalAptt() {
        return hold.flatMap(HoldAdvice::normalBeforeProcedure)
                .filter(t -> t == HoldAdvice.CoagulationTest.APTT)
                .isPresent();
    }

    /** The hold depends on renal function (dabigatran): the creatinine clearance decides which applies. */
    public boolean isRenalHold() {
        return hold.flatMap(HoldAdvice::renal).isPresent();
    }

    /** Whether this creatinine clearance is below the drug's renal cut, so the longer hold applies. */
    public boolean longerHoldAt(CreatinineClearance clearance) {
        return hold.flatMap(HoldAdvice::renal)
                .filter(r -> clearance
                                .quantity()
                                .to(r.creatinineClearanceBelow().unit())
                                .value()
                                .compareTo(r.creatinineClearanceBelow().value())
                        < 0)
                .isPresent();
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
        String prefix = "hold." + drug + "." + (routeHold ? route.code() + "." : "");
        hold.ifPresent(h -> {
            figures.add(GovernedFigure.of(prefix + "stopBefore", h.stopBefore(), h.verification(), h.citations()));
            figures.add(GovernedFigure.of(prefix + "restartAfter", h.restartAfter(), h.verification(), h.citations()));
            h.renal().ifPresent(r -> {
                figures.add(GovernedFigure.of(
                        prefix + "renal.creatinineClearanceBelow",
                        r.creatinineClearanceBelow(),
                        r.verification(),
                        r.citations()));
                figures.add(GovernedFigure.of(
                        prefix + "renal.stopBefore", r.stopBefore(), r.verification(), r.citations()));
            });
        });
        return figures;
    }
}
