package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;

/**
 * A figure of the intrathecal drug library for one drug of the reservoir, as a fact the rules compare a quantity with
 * in DRL ({@code DrugLoad(drug == $max.drug, maxDailyIn($max) > $max.value)}): which figure it is, its key as the
 * findings show it ({@code library.<drug>.maxDailyDose}), its value in its own unit, and its severity (a consensus
 * maximum is soft, a warning; a hard maximum critical; the plausibility ceiling critical). The figure itself
 * (description, citations, verification) reaches the finding through the fact it is compared with, by its key.
 */
public record LibraryLimit(String drug, Figure figure, String key, BigDecimal value, String unit, Severity severity) {

    /** The library figures the dosing rules compare with. */
    public enum Figure {
        /** {@code library.<drug>.maxConcentration}. */
        MAX_CONCENTRATION,
        /** {@code library.<drug>.maxDailyDose}. */
        MAX_DAILY_DOSE,
        /** {@code library.<drug>.implausibleDailyDose}: above it a dose is a likely unit or decimal error. */
        IMPLAUSIBLE_DAILY_DOSE,
        /** {@code library.<drug>.startingDailyDose.high}: the top of the recommended starting range. */
        STARTING_DAILY_DOSE_HIGH,
        /**
         * {@code library.<drug>.labelStartingDailyDose.<status>}: the label's largest starting daily dose for the
         * patient's opioid status (the opioid-naive one when the status is not stated), at a start.
         */
        LABEL_STARTING_DAILY_DOSE,
        /**
         * The top of the start a titration step is compared with: the label's start for the patient's opioid status
         * ({@code library.<drug>.labelStartingDailyDose.<status>}), else the top of the library's one starting range
         * ({@code library.<drug>.startingDailyDose.high}).
         */
        STEP_STARTING_TOP,
        /** {@code library.<drug>.titration[<i>].maxIncrease}: the largest step of a label or consensus schedule. */
        TITRATION_MAX_INCREASE,
        /** {@code library.<drug>.titration[<i>].minInterval}: the shortest time between steps of that schedule. */
        TITRATION_MIN_INTERVAL
    }

    /** The figures the library gives for this drug. */
    public static List<LibraryLimit> of(String drug, IntrathecalDrug entry) {
        List<LibraryLimit> limits = new ArrayList<>();
        entry.maxConcentration()
                .ifPresent(l ->
                        limits.add(of(drug, Figure.MAX_CONCENTRATION, "library." + drug + ".maxConcentration", l)));
        entry.maxDailyDose()
                .ifPresent(l -> limits.add(of(drug, Figure.MAX_DAILY_DOSE, "library." + drug + ".maxDailyDose", l)));
        limits.add(of(
                drug,
                Figure.IMPLAUSIBLE_DAILY_DOSE,
                "library." + drug + ".implausibleDailyDose",
                entry.implausibleDailyDose()));
        entry.startingDailyDose()
                .ifPresent(r -> limits.add(of(
                        drug,
                        Figure.STARTING_DAILY_DOSE_HIGH,
                        "library." + drug + ".startingDailyDose.high",
                        r.high(),
                        Severity.WARNING)));
        return limits;
    }

    /** A library figure given as a quantity, with the severity of the rule that compares with it. */
    public static LibraryLimit of(String drug, Figure figure, String key, Quantity value, Severity severity) {
        return new LibraryLimit(drug, figure, key, value.value(), value.unit().ucum(), severity);
    }

    private static LibraryLimit of(String drug, Figure figure, String key, IntrathecalDrug.Limit limit) {
        return of(drug, figure, key, limit.value(), limit.severity());
    }
}
