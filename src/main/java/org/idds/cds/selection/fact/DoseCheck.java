package org.idds.cds.selection.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DoseCeiling;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.selection.InputField;

/**
 * A medication whose daily dose is above the catalogue's plausibility ceiling for its drug and route: most likely a
 * unit error (ug entered as mg) unless the clinician confirmed it ({@code confirmed}, from the medication's
 * {@code doseConfirmed}). Only inserted when the ceiling is exceeded; the comparison is exact (UCUM) against the
 * governed figure, never a literal.
 */
public record DoseCheck(
        int index,
        String drug,
        Route route,
        Quantity dailyDose,
        DoseCeiling ceiling,
        boolean confirmed,
        Optional<String> enteredAs)
        implements BasisFact, Governed {

    /** Against the catalogue's ceiling for the drug and route only (no intrathecal drug library). */
    public static Optional<DoseCheck> of(int index, Medication m, DrugEntry drug) {
        return of(index, m, drug, IntrathecalDrugLibrary.EMPTY);
    }

    /**
     * Against the catalogue's ceiling for the drug and route; an intrathecal medication without one meets the
     * intrathecal drug library's plausibility ceiling for that drug ({@code implausibleDailyDose}), as a systemic one
     * meets the catalogue's.
     */
    public static Optional<DoseCheck> of(int index, Medication m, DrugEntry drug, IntrathecalDrugLibrary library) {
        Optional<DoseCeiling> ceiling = drug.route(m.route())
                .flatMap(r -> r.ceiling())
                .or(() -> m.route() == Route.INTRATHECAL
                        ? library.find(drug.name()).map(DoseCheck::intrathecalCeiling)
                        : Optional.empty());
        Optional<Quantity> daily = m.dailyDose();
        if (ceiling.isEmpty() || daily.isEmpty() || !ceiling.orElseThrow().exceededBy(daily.orElseThrow())) {
            return Optional.empty();
        }
        return Optional.of(new DoseCheck(
                index,
                drug.name(),
                m.route(),
                daily.orElseThrow(),
                ceiling.orElseThrow(),
                m.doseConfirmed(),
                m.enteredOtherwise()));
    }

    private static DoseCeiling intrathecalCeiling(IntrathecalDrug it) {
        IntrathecalDrug.Limit limit = it.implausibleDailyDose();
        return new DoseCeiling(
                limit.value(), "Intrathecal drug library: " + limit.note(), limit.verification(), limit.citations());
    }

    @Override
    public List<BasisItem> basis() {
        String at = InputField.MEDICATIONS.path() + "[" + index + "]";
        List<BasisItem> items = new ArrayList<>();
        items.add(new BasisItem(
                at + ".dose",
                dailyDose.display() + " of " + drug
                        + enteredAs.map(e -> " (entered as " + e + ")").orElse("") + " " + route.code()
                        + ", above the plausibility ceiling of "
                        + ceiling.dailyDose().display(),
                Optional.empty()));
        items.add(new BasisItem(at + ".doseConfirmed", String.valueOf(confirmed), Optional.empty()));
        return items;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return List.of(GovernedFigure.of(
                "dose-ceiling." + drug + "." + route.code(),
                ceiling.dailyDose(),
                ceiling.verification(),
                ceiling.citations()));
    }
}
