package org.idds.cds.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;

/**
 * What the safety concern's procedure check said for the trial's date and time, as the trial plan reads it (the
 * composition above the concerns fills it in; the trial concern never reads safety's answer itself): not run, or its
 * status, with the antithrombotics whose hold the trial date does not meet.
 */
public record ProcedureCheckOnTrialDate(Outcome outcome, List<String> holdConflicts) implements BasisFact {

    public ProcedureCheckOnTrialDate {
        holdConflicts = List.copyOf(holdConflicts);
    }

    /** The procedure check's status for the trial date, or that none was run. */
    public enum Outcome {
        NOT_RUN,
        PLAN_AS_SHOWN,
        REVIEW_BEFORE_PROCEDURE,
        DO_NOT_PROCEED_AS_PLANNED
    }

    public static ProcedureCheckOnTrialDate notRun() {
        return new ProcedureCheckOnTrialDate(Outcome.NOT_RUN, List.of());
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem(
                "procedureCheck.status",
                outcome == Outcome.NOT_RUN ? BasisItem.NOT_GIVEN : outcome.name(),
                Optional.empty()));
        holdConflicts.forEach(drug ->
                basis.add(new BasisItem("procedureCheck.antithrombotics[" + drug + "]", "CONFLICT", Optional.empty())));
        return basis;
    }
}
