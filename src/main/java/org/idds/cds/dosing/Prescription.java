package org.idds.cds.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;

/**
 * An intrathecal prescription as the MDT or the refill nurse would write it, validated once at the boundary.
 *
 * <p>The basal rate is stated as a daily dose of one drug of the reservoir ({@code basalDose}, the drug doses are
 * expressed in) or as a volume a day ({@code basalVolume}), or both (then they must agree). A patient bolus is a dose
 * of the same drug. {@code previous} is the prescription this one replaces (for titration); {@code startingDose} says
 * this is a first prescription after implant or trial, judged against the recommended starting range. {@code checkedOn}
 * is the date the new prescription starts (the fill date when not given), against which the interval since the
 * previous change is measured. A {@code schedule} (flex dosing) replaces a single basal rate with periods over the
 * day. {@code systemicMedications}: the systemic regimen alongside, whose oral morphine equivalent is shown as context
 * only and never used to set the intrathecal dose.
 */
public record Prescription(
        String deviceId,
        List<ReservoirDrug> contents,
        Optional<DrugDose> basalDose,
        Optional<Quantity> basalVolume,
        Optional<PatientBolus> bolus,
        Optional<Previous> previous,
        Optional<Fill> fill,
        Optional<Quantity> alarmVolume,
        Optional<Quantity> plannedRefillInterval,
        boolean startingDose,
        Optional<Boolean> psychosisHistory,
        Optional<LocalDate> checkedOn,
        List<Period> schedule,
        List<org.idds.cds.clinical.Medication> systemicMedications) {

    public Prescription(
            String deviceId,
            List<ReservoirDrug> contents,
            Optional<DrugDose> basalDose,
            Optional<Quantity> basalVolume,
            Optional<PatientBolus> bolus,
            Optional<Previous> previous,
            Optional<Fill> fill,
            Optional<Quantity> alarmVolume,
            Optional<Quantity> plannedRefillInterval,
            boolean startingDose,
            Optional<Boolean> psychosisHistory) {
        this(
                deviceId,
                contents,
                basalDose,
                basalVolume,
                bolus,
                previous,
                fill,
                alarmVolume,
                plannedRefillInterval,
                startingDose,
                psychosisHistory,
                Optional.empty(),
                List.of(),
                List.of());
    }

    public Prescription {
        contents = List.copyOf(contents);
        schedule = List.copyOf(schedule);
        systemicMedications = List.copyOf(systemicMedications);
    }

    /**
     * One period of a 24-hour schedule (flex dosing): from {@code from} until {@code until} (exclusive; 00:00 as the
     * end means midnight), the basal drug at {@code dailyRate} (a dose a day, of the drug the doses are expressed in).
     * The periods of a schedule cover the day once, without gaps or overlaps.
     */
    public record Period(java.time.LocalTime from, java.time.LocalTime until, Quantity dailyRate) {

        /** The period's length in minutes (a period ending at 00:00 runs to midnight). */
        public long minutes() {
            long end = until.equals(java.time.LocalTime.MIDNIGHT) ? 24 * 60 : until.toSecondOfDay() / 60;
            return end - from.toSecondOfDay() / 60;
        }
    }

    /** One drug in the reservoir at its concentration (mg/mL or ug/mL). */
    public record ReservoirDrug(String drug, Quantity concentration) {}

    /** A daily dose of one drug of the reservoir (mg/d or ug/d). */
    public record DrugDose(String drug, Quantity dailyDose) {}

    /** A patient-activated bolus: a dose of the basal drug, the lockout between boluses, and the most a day. */
    public record PatientBolus(Quantity dose, Optional<Quantity> lockout, int maxPerDay) {}

    /** The prescription being replaced: its basal daily dose of the same drug, and its bolus if it had one. */
    public record Previous(
            Quantity basalDailyDose,
            Optional<Quantity> bolusDose,
            Optional<Integer> bolusMaxPerDay,
            Optional<LocalDate> startedOn) {

        public Previous(Quantity basalDailyDose, Optional<Quantity> bolusDose, Optional<Integer> bolusMaxPerDay) {
            this(basalDailyDose, bolusDose, bolusMaxPerDay, Optional.empty());
        }
    }

    /** When the reservoir was filled and with how much. */
    public record Fill(LocalDate date, Quantity volume) {}

    /** The drug the doses are expressed in: the basal dose's drug, else the first drug of the reservoir. */
    public String basalDrug() {
        return basalDose.map(DrugDose::drug).orElse(contents.get(0).drug());
    }

    /** The generic names in the reservoir, in order. */
    public List<String> drugs() {
        return contents.stream().map(ReservoirDrug::drug).toList();
    }
}
