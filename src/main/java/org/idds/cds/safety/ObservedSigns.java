package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;

/**
 * The signs of one group observed at a post-implant event (at least one), as a rule fact that shows each with the
 * request field it came from, and the value recorded with it where there is one ({@code timeLeft}: the time the pump
 * shows with its replacement indicator).
 */
public record ObservedSigns(FollowUpSign.Group group, Set<FollowUpSign> signs, Optional<Quantity> timeLeft)
        implements BasisFact {

    public static final String TIME_LEFT = "observations.device.replacementTimeLeft";

    public ObservedSigns {
        signs = Set.copyOf(signs);
        if (signs.isEmpty() || signs.stream().anyMatch(s -> s.group() != group)) {
            throw new IllegalArgumentException("signs of group " + group + " expected: " + signs);
        }
    }

    /** Whether {@code sign} is among them (for rules that tell the signs of a group apart). */
    public boolean has(FollowUpSign sign) {
        return signs.contains(sign);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        EnumSet.copyOf(signs).forEach(s -> basis.add(new BasisItem(s.input(), s.value(), Optional.empty())));
        timeLeft.ifPresent(t -> basis.add(BasisItem.of(() -> TIME_LEFT, t)));
        return basis;
    }
}
