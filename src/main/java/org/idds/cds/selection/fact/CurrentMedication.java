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
            h.renal().ifPresent(r -> {
                figures.add(GovernedFigure.of(
                        "hold." + drug + ".renal.creatinineClearanceBelow",
                        r.creatinineClearanceBelow(),
                        "Creatinine clearance below which the longer " + drug + " hold applies. " + r.note(),
                        r.verification(),
                        r.citations()));
                figures.add(GovernedFigure.of(
                        "hold." + drug + ".renal.stopBefore",
                        r.stopBefore(),
                        "Stop " + drug + " before implant when renal function is impaired (" + h.policy() + ")",
                        r.verification(),
                        r.citations()));
            });
        });
        return figures;
    }
}
