package org.idds.cds.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.answer.FigureRef;

/**
 * One antithrombotic's plan around the procedure: its {@code plan}; the hold it is dated by with the latest last
 * dose (in the procedure's offset) and the other ends of its range, each with its own latest last dose; the restart
 * with the earliest next dose; whether the hold is a minimum (never shortened); and the findings about this drug, by
 * id. A drug not to be interrupted has no dates.
 */
public record DrugPlan(
        String drug,
        Plan plan,
        OffsetDateTime lastDose,
        Optional<DatedFigure> hold,
        List<DatedFigure> alsoShown,
        Optional<DatedFigure> restart,
        boolean holdIsMinimum,
        List<String> findings) {

    public DrugPlan {
        alsoShown = List.copyOf(alsoShown);
        findings = List.copyOf(findings);
    }

    public enum Plan {
        DATED,
        CONFLICT,
        DO_NOT_INTERRUPT,
        PRESCRIBER_DECIDES,
        NOT_DATED
    }

    /** A governed figure (by key, with its value and verification), its length in hours and the time it dates. */
    public record DatedFigure(FigureRef figure, String hours, OffsetDateTime at) {}
}
