package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The anticoagulants and antiplatelets started since the implant, as the follow-up check gives them (issue 17: an
 * antithrombotic started after implant is no reason to stop the infusion), each resolved in the drug catalogue, at
 * least one. Its basis names each drug with its class.
 */
public record AntithromboticsSinceImplant(List<Drug> drugs) implements BasisFact {

    /** Where the list sits in a follow-up-check request. */
    public static final String INPUT = "patient.antithromboticsStartedSinceImplant";

    public AntithromboticsSinceImplant {
        if (drugs.isEmpty()) {
            throw new IllegalArgumentException("at least one antithrombotic started since the implant");
        }
        drugs = List.copyOf(drugs);
    }

    /** One drug of the catalogue, by its catalogue name, with its class (an anticoagulant or an antiplatelet). */
    public record Drug(String name, DrugClass drugClass) {}

    @Override
    public List<BasisItem> basis() {
        return drugs.stream()
                .map(d -> new BasisItem(
                        INPUT + "[" + d.name() + "]", d.drugClass().name(), Optional.empty()))
                .toList();
    }
}
