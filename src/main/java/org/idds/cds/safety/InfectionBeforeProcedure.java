package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * The infection group of a procedure check, as given: the items recorded ({@link InfectionRisk}), its dated results
 * (HbA1c, neutrophil count: {@link Lab}s judged against the procedure date), the last chemotherapy, and the inputs of
 * the group left out ({@code notRecorded}, request paths): a left-out input is named, never read as "no". Its basis
 * is those left-out inputs.
 */
public record InfectionBeforeProcedure(
        List<InfectionRisk> risks,
        List<Lab> labs,
        Optional<LastChemotherapy> lastChemotherapy,
        List<String> notRecorded)
        implements BasisFact {

    public InfectionBeforeProcedure {
        risks = List.copyOf(risks);
        labs = List.copyOf(labs);
        notRecorded = List.copyOf(notRecorded);
    }

    public boolean isIncomplete() {
        return !notRecorded.isEmpty();
    }

    /** This group, its items, results and last chemotherapy, as rule facts. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(this);
        facts.addAll(risks);
        facts.addAll(labs);
        lastChemotherapy.ifPresent(facts::add);
        return facts;
    }

    @Override
    public List<BasisItem> basis() {
        return notRecorded.stream()
                .map(input -> new BasisItem(input, BasisItem.NOT_GIVEN, Optional.empty()))
                .toList();
    }
}
