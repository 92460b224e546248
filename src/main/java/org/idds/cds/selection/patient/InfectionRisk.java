package org.idds.cds.selection.patient;

import java.util.Optional;
import org.idds.cds.kernel.NotGiven;
import org.idds.cds.kernel.Quantity;

/** Patient factors that raise the risk of a surgical-site or device infection; empty means not known. */
public record InfectionRisk(
        Optional<Boolean> diabetes,
        Optional<Quantity> hba1c,
        Optional<Boolean> immunosuppression,
        Optional<Boolean> neutropenia) {

    public static InfectionRisk unknown() {
        return NotGiven.all(InfectionRisk.class);
    }
}
