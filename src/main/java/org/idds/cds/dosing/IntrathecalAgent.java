package org.idds.cds.dosing;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** A drug of the reservoir with its role in the drug library (an opioid, an alpha-2 agonist such as clonidine...). */
public record IntrathecalAgent(String drug, IntrathecalDrug.Role role) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(
                "contents[" + drug + "]", drug + " (" + role.name().toLowerCase() + ")", Optional.empty()));
    }
}
