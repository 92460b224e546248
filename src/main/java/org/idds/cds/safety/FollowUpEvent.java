package org.idds.cds.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/** The post-implant event: its kind and when it happened (with its offset). */
public record FollowUpEvent(FollowUpEventKind kind, OffsetDateTime at) implements BasisFact {

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem("event.kind", kind.name(), Optional.empty()), BasisItem.time("event.at", at));
    }
}
