package org.idds.cds.safety;

import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * When the respiratory-depression topic speaks (issue 17, topic 4): the first intrathecal opioid dose after an implant,
 * a single-shot or a catheter trial (each judged by the procedure check before it), or the monitoring after a catheter
 * revision or a pump replacement (a follow-up REVISION event). {@code input}
 * and {@code value} are the request field that shows it (procedure.kind or event.kind).
 */
public record RespiratoryOccasion(Kind kind, String input, String value) implements BasisFact {

    public enum Kind {
        FIRST_DOSE_AFTER_IMPLANT,
        SINGLE_SHOT_TRIAL,
        CATHETER_TRIAL,
        AFTER_REVISION
    }

    /**
     * The occasion a planned procedure is, if any: an implant or a trial (a catheter removal is none: no opioid dose
     * follows it; a revision's monitoring is judged at the follow-up REVISION event, where the pump's contents are
     * known).
     */
    public static Optional<RespiratoryOccasion> of(PlannedProcedure procedure) {
        Optional<Kind> kind = switch (procedure.kind()) {
            case IMPLANT -> Optional.of(Kind.FIRST_DOSE_AFTER_IMPLANT);
            case TRIAL_SINGLE_SHOT -> Optional.of(Kind.SINGLE_SHOT_TRIAL);
            case TRIAL_CATHETER -> Optional.of(Kind.CATHETER_TRIAL);
            // the monitoring after a revision is judged when it is done (the follow-up REVISION event)
            case CATHETER_REVISION, PUMP_REPLACEMENT, CATHETER_REMOVAL -> Optional.empty();
        };
        return kind.map(k ->
                new RespiratoryOccasion(k, "procedure.kind", procedure.kind().name()));
    }

    /**
     * The occasion a post-implant event is, if any: a revision (catheter revision or pump replacement) of a pump that
     * holds an opioid, or whose contents are not given (then it is not known that it holds none).
     */
    public static Optional<RespiratoryOccasion> of(FollowUpEvent event, PumpAtEvent pump) {
        boolean mayHoldAnOpioid = pump.contents().isEmpty()
                || pump.contents().stream().anyMatch(c -> c.drugClass() == org.idds.cds.clinical.DrugClass.OPIOID);
        if (event.kind() != FollowUpEventKind.REVISION || !mayHoldAnOpioid) {
            return Optional.empty();
        }
        return Optional.of(new RespiratoryOccasion(
                Kind.AFTER_REVISION, "event.kind", event.kind().name()));
    }

    @Override
    public List<BasisItem> basis() {
        return List.of(new BasisItem(input, value, Optional.empty()));
    }
}
