package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.Severity;

/**
 * A figure of the intrathecal drug library for one drug of the reservoir, as a fact the rules compare a quantity with
 * in DRL ({@code DrugLoad(drug == $max.drug, maxDailyIn($max) > $max.value)}): which figure it is, its value in its
 * own unit, and its severity (a consensus maximum is soft, a warning; a hard maximum critical; the plausibility
 * ceiling critical). The figure itself (description, citations, verification) reaches the finding through the
 * {@link DrugLoad} it is compared with, by its key.
 */
public record LibraryLimit(String drug, Figure figure, BigDecimal value, String unit, Severity severity) {

    /** The library figures the dosing rules compare with. */
    public enum Figure {
        /** {@code library.<drug>.maxConcentration}. */
        MAX_CONCENTRATION,
        /** {@code library.<drug>.maxDailyDose}. */
        MAX_DAILY_DOSE,
        /** {@code library.<drug>.implausibleDailyDose}: above it a dose is a likely unit or decimal error. */
        IMPLAUSIBLE_DAILY_DOSE,
        /** {@code library.<drug>.startingDailyDose.high}: the top of the recommended starting range. */
        STARTING_DAILY_DOSE_HIGH
    }

    /** The figures the library gives for this drug. */
    public static List<LibraryLimit> of(String drug, IntrathecalDrug entry) {
        List<LibraryLimit> limits = new ArrayList<>();
        entry.maxConcentration().ifPresent(l -> limits.add(of(drug, Figure.MAX_CONCENTRATION, l)));
        entry.maxDailyDose().ifPresent(l -> limits.add(of(drug, Figure.MAX_DAILY_DOSE, l)));
        limits.add(of(drug, Figure.IMPLAUSIBLE_DAILY_DOSE, entry.implausibleDailyDose()));
        entry.startingDailyDose()
                .ifPresent(r -> limits.add(new LibraryLimit(
                        drug,
                        Figure.STARTING_DAILY_DOSE_HIGH,
                        r.high().value(),
                        r.high().unit().ucum(),
                        Severity.WARNING)));
        return limits;
    }

    private static LibraryLimit of(String drug, Figure figure, IntrathecalDrug.Limit limit) {
        return new LibraryLimit(
                drug, figure, limit.value().value(), limit.value().unit().ucum(), limit.severity());
    }
}
