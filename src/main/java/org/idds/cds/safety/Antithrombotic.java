package org.idds.cds.safety;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.PharmacologicalClass;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;

/**
 * An anticoagulant, antiplatelet or NSAID the patient takes, by its catalogue name: its dose and frequency as given,
 * the time of its last dose, and for aspirin why it is taken; its narrower classes are the catalogue's ({@code
 * classes}: a P2Y12 inhibitor, a vitamin K antagonist), and the route when the request gave one (heparin's
 * intravenous hold differs from its subcutaneous one). {@link #lastDoseToProcedureIn} is the time from the
 * last dose to the planned procedure in the unit of the hold it meets.
 */
public record Antithrombotic(
        String drug,
        DrugClass drugClass,
        Optional<Quantity> dose,
        Optional<String> frequency,
        OffsetDateTime lastDose,
        AspirinIndication indication,
        OffsetDateTime procedureAt,
        Set<PharmacologicalClass> classes,
        Optional<Route> route)
        implements BasisFact {

    public Antithrombotic {
        classes = Set.copyOf(classes);
    }

    /** Whether the request gave this route (no route given: false for every route). */
    public boolean givenBy(Route given) {
        return route.filter(r -> r == given).isPresent();
    }

    /** Whether the request gave a route other than this one. */
    public boolean givenByAnotherRouteThan(Route given) {
        return route.filter(r -> r != given).isPresent();
    }

    /** Whether the catalogue puts this drug in the class. */
    public boolean isA(PharmacologicalClass pharmacologicalClass) {
        return classes.contains(pharmacologicalClass);
    }

    public BigDecimal lastDoseToProcedureIn(Parameter hold) {
        return Durations.between(lastDose.toInstant(), procedureAt.toInstant(), hold);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> items = new ArrayList<>();
        String at = "antithrombotics[" + drug + "]";
        dose.ifPresent(d -> items.add(new BasisItem(
                at + ".dose",
                d.value().stripTrailingZeros().toPlainString(),
                Optional.of(d.unit().ucum()))));
        frequency.ifPresent(f -> items.add(new BasisItem(at + ".frequency", f, Optional.empty())));
        items.add(BasisItem.time(at + ".lastDose", lastDose));
        route.ifPresent(r -> items.add(new BasisItem(at + ".route", r.code(), Optional.empty())));
        if (indication != AspirinIndication.NOT_APPLICABLE) {
            items.add(new BasisItem(at + ".indication", indication.name(), Optional.empty()));
        }
        return items;
    }
}
