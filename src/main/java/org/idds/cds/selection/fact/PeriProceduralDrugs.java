package org.idds.cds.selection.fact;

import java.util.List;
import java.util.Set;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The current medications a neuraxial procedure needs a peri-procedural plan for (every anticoagulant, antiplatelet
 * and NSAID), together, so that one finding names them all; safety's procedure check dates each one's hold.
 */
public record PeriProceduralDrugs(List<CurrentMedication> drugs) implements BasisFact {

    /** The classes the procedure check takes. */
    public static final Set<DrugClass> CLASSES =
            Set.of(DrugClass.ANTICOAGULANT, DrugClass.ANTIPLATELET, DrugClass.NSAID);

    public PeriProceduralDrugs {
        drugs = List.copyOf(drugs);
    }

    /** The group of {@code medications} in those classes; empty when none is. */
    public static java.util.Optional<PeriProceduralDrugs> of(List<CurrentMedication> medications) {
        List<CurrentMedication> drugs = medications.stream()
                .filter(m -> CLASSES.contains(m.drugClass()))
                .toList();
        return drugs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new PeriProceduralDrugs(drugs));
    }

    @Override
    public List<BasisItem> basis() {
        return drugs.stream().flatMap(d -> d.basis().stream()).toList();
    }
}
