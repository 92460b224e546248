package org.idds.cds.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The neurology group of a procedure check, as given (issue 17, topic 1): the day of the baseline neurological
 * examination (no later than the procedure) and whether a neurological disease is known (seed 000 case 1's CIDP).
 * An input left out is named as not given, never read as "no". Its basis is what was given and what was not.
 */
public record NeurologicalBaseline(Optional<LocalDate> examinedOn, Optional<Boolean> knownNeurologicalDisease)
        implements BasisFact {

    /** Where the group sits in a procedure-check request. */
    public static final String GROUP = "neurology";

    public static final String EXAMINED_ON = GROUP + ".baselineExaminationOn";

    public static final String KNOWN_DISEASE = GROUP + ".knownNeurologicalDisease";

    public boolean isExamined() {
        return examinedOn.isPresent();
    }

    public boolean isDiseaseKnown() {
        return knownNeurologicalDisease.orElse(false);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem(
                EXAMINED_ON, examinedOn.map(LocalDate::toString).orElse(BasisItem.NOT_GIVEN), Optional.empty()));
        basis.add(new BasisItem(
                KNOWN_DISEASE,
                knownNeurologicalDisease.map(String::valueOf).orElse(BasisItem.NOT_GIVEN),
                Optional.empty()));
        return List.copyOf(basis);
    }
}
