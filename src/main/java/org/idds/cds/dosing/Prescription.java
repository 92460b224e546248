package org.idds.cds.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;

/**
 * An intrathecal prescription as the MDT or the refill nurse would write it, validated once at the boundary.
 *
 * <p>{@code context} says what the prescription is (a first dose, a continuation, a step, a change of drug or
 * concentration, a restart, after a revision); a start or restart also carries the patient's {@code opioidStatus},
 * and a restart the length of the {@code interruption} (empty: not known, the worst case). The basal rate is stated
 * as a daily dose of one drug of the reservoir ({@code basalDose}, the drug doses are expressed in) or as a volume a
 * day ({@code basalVolume}), or both (then they must agree). A patient bolus is a dose of the same drug or a volume of
 * the reservoir's solution. {@code previous} is the prescription this one replaces. {@code checkedOn} is the date the
 * new prescription starts (the fill date when not given). A {@code schedule} (flex dosing) replaces a single basal
 * rate with periods over the day. {@code systemicMedications}: the systemic regimen alongside, whose oral morphine
 * equivalent is shown as context and never converted into an intrathecal dose. {@code ageYears} and
 * {@code respiratoryRisk}: the patient's answers that raise the risk of respiratory depression (as selection asks them;
 * empty or absent: not known). Without a {@code deviceId} the check
 * is dose-only: what needs the pump (volumes against its flow range, the reservoir, refill dates) is listed as not
 * calculated; without a drug's concentration, what needs it is listed likewise.
 */
public record Prescription(
        PrescriptionContext context,
        Optional<OpioidStatus> opioidStatus,
        Optional<Quantity> interruption,
        Optional<String> deviceId,
        List<ReservoirDrug> contents,
        Optional<DrugDose> basalDose,
        Optional<Quantity> basalVolume,
        Optional<PatientBolus> bolus,
        Optional<Previous> previous,
        Optional<Fill> fill,
        Optional<Quantity> alarmVolume,
        Optional<Quantity> plannedRefillInterval,
        Optional<Boolean> psychosisHistory,
        Optional<LocalDate> checkedOn,
        List<Period> schedule,
        List<org.idds.cds.clinical.Medication> systemicMedications,
        Optional<Integer> ageYears,
        org.idds.cds.clinical.RespiratoryRisk respiratoryRisk,
        Optional<FluidPath> fluidPath) {

    public Prescription {
        contents = List.copyOf(contents);
        schedule = List.copyOf(schedule);
        systemicMedications = List.copyOf(systemicMedications);
    }

    /** A start (first dose, or a restart once tolerance may be lost): judged against the starting doses. */
    public boolean startingDose() {
        return context.isStart();
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

    /** One drug in the reservoir at its concentration (mg/mL or ug/mL); empty in a dose-only check. */
    public record ReservoirDrug(String drug, Optional<Quantity> concentration) {
        public ReservoirDrug(String drug, Quantity concentration) {
            this(drug, Optional.of(concentration));
        }
    }

    /** A daily dose of one drug of the reservoir (mg/d or ug/d). */
    public record DrugDose(String drug, Quantity dailyDose) {}

    /**
     * A patient-activated bolus, as a dose of the basal drug or as a volume of the solution (exactly one is given),
     * the lockout between boluses, and the most a day.
     */
    public record PatientBolus(
            Optional<Quantity> dose, Optional<Quantity> volume, Optional<Quantity> lockout, int maxPerDay) {
        public PatientBolus(Quantity dose, Optional<Quantity> lockout, int maxPerDay) {
            this(Optional.of(dose), Optional.empty(), lockout, maxPerDay);
        }
    }

    /**
     * The prescription being replaced: its basal daily dose of {@code drug} (empty: the new basal drug), its bolus if
     * it had one, when it started, and its reservoir contents with their concentrations (needed for a change of drug
     * or concentration).
     */
    public record Previous(
            Quantity basalDailyDose,
            Optional<Quantity> bolusDose,
            Optional<Integer> bolusMaxPerDay,
            Optional<LocalDate> startedOn,
            Optional<String> drug,
            List<ReservoirDrug> contents) {

        public Previous {
            contents = List.copyOf(contents);
        }

        public Previous(Quantity basalDailyDose, Optional<Quantity> bolusDose, Optional<Integer> bolusMaxPerDay) {
            this(basalDailyDose, bolusDose, bolusMaxPerDay, Optional.empty(), Optional.empty(), List.of());
        }

        public Previous(
                Quantity basalDailyDose,
                Optional<Quantity> bolusDose,
                Optional<Integer> bolusMaxPerDay,
                Optional<LocalDate> startedOn) {
            this(basalDailyDose, bolusDose, bolusMaxPerDay, startedOn, Optional.empty(), List.of());
        }

        /** The concentration of a drug in the previous reservoir, if the previous prescription named it. */
        public Optional<Quantity> concentrationOf(String generic) {
            return contents.stream()
                    .filter(c -> c.drug().equals(generic))
                    .findFirst()
                    .flatMap(ReservoirDrug::concentration);
        }
    }

    /**
     * The volumes of the fluid path the solution fills between the reservoir and the catheter tip, as the implanter
     * records them: the pump's internal volume and the catheter's volume (each empty when not given; no source read
     * gives a default). The old solution in them runs at the new rate after a change of concentration; after a
     * revision they are primed.
     */
    public record FluidPath(Optional<Quantity> pumpInternalVolume, Optional<Quantity> catheterVolume) {}

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

    /** The drug the previous basal dose was of: as named, else the new basal drug. */
    public Optional<String> previousDrug() {
        return previous.map(prev -> prev.drug().orElse(basalDrug()));
    }
}
