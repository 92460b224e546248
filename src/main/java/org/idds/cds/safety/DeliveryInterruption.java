package org.idds.cds.safety;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * Delivery through the pump stops, or is expected to stop, at this event, with why (at least one cause): the reservoir
 * is low or the refill overdue (it empties), more was left at a refill than expected (a stall or a stop), or an MRI is
 * planned with a model whose labelling stops delivery for the scan (emptying the reservoir, a stopped rotor, a closed
 * valve), the pump is explanted, or delivery is stopped on purpose. The drug-specific rules read it with the pump's
 * contents.
 */
public record DeliveryInterruption(Set<Cause> causes) implements BasisFact {

    /** The answer fact that shows why delivery stops. */
    public static final String CAUSES = "delivery.interruption";

    public DeliveryInterruption {
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("a delivery interruption has a cause");
        }
        causes = Set.copyOf(EnumSet.copyOf(causes));
    }

    /** Why delivery stops. */
    public enum Cause {
        /** A low-reservoir alarm, or the refill date passed without a refill: the pump empties. */
        RESERVOIR_EMPTYING,
        /** More aspirated at a refill than expected, beyond the tolerance: a stall or a stop. */
        UNDER_INFUSION,
        /** A planned MRI with a model whose labelling stops delivery for the scan. */
        PLANNED_MRI,
        /** The pump is explanted (event kind {@link FollowUpEventKind#EXPLANT}). */
        EXPLANT,
        /** Delivery through the pump is stopped on purpose (event kind {@link FollowUpEventKind#DELIVERY_STOP}). */
        PLANNED_STOP
    }

    /** The interruption of {@code check}'s event, if any. */
    static Optional<DeliveryInterruption> of(FollowUpCheck check, Optional<RefillVolumes> volumes) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        if (check.signs().stream().anyMatch(s -> s.group() == FollowUpSign.Group.LOW_RESERVOIR)) {
            causes.add(Cause.RESERVOIR_EMPTYING);
        }
        if (volumes.filter(RefillVolumes::isUnderInfusion).isPresent()) {
            causes.add(Cause.UNDER_INFUSION);
        }
        if (check.event().kind() == FollowUpEventKind.PLANNED_MRI
                && check.pump()
                        .model()
                        .flatMap(m -> m.mri())
                        .filter(m -> m.hasInstructions()
                                && PlannedMri.STOPS_DELIVERY.stream().anyMatch(m::has))
                        .isPresent()) {
            causes.add(Cause.PLANNED_MRI);
        }
        if (check.event().kind() == FollowUpEventKind.EXPLANT) {
            causes.add(Cause.EXPLANT);
        }
        if (check.event().kind() == FollowUpEventKind.DELIVERY_STOP) {
            causes.add(Cause.PLANNED_STOP);
        }
        return causes.isEmpty() ? Optional.empty() : Optional.of(new DeliveryInterruption(causes));
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(
                CAUSES,
                EnumSet.copyOf(causes).stream().map(Cause::name).collect(Collectors.joining(", ")),
                Optional.empty()));
    }
}
