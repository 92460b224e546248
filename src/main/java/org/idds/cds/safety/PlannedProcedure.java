package org.idds.cds.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The planned neuraxial procedure and its date and time with the offset it was given in. */
public record PlannedProcedure(ProcedureKind kind, OffsetDateTime at) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(
                new BasisItem("procedure.kind", kind.name(), Optional.empty()),
                BasisItem.time("procedure.plannedAt", at));
    }
}
