package org.idds.cds.device;

import java.util.List;
import java.util.Optional;

/**
 * What a device can do beyond its reservoir and flow range, each figure with its provenance: the allowed range of the
 * low-reservoir alarm, the flow accuracy (a fraction, UCUM unit {@code 1}: 0.15 is plus or minus 15 %), patient-bolus
 * capability, the drugs its labelling approves for it (generic names as in the drug catalogue; any other drug in the
 * reservoir is off-label), how its own programmer dates the next refill, and notes (replacement indicator, refill
 * constraints, motor stall with off-label drugs; MRI in an archived format 3 ruleset, now {@link MriInstructions}) as
 * cited text.
 *
 * <p>{@code labelling}: for each labelled drug, what its labelling approves in this device: the products, the highest
 * labelled strength and the indications, each where the file records it. A use is on label only when drug, strength
 * and indication all are (the route is intrathecal for every device here).
 */
public record DeviceCapabilities(
        Kind kind,
        Optional<FigureRange> lowReservoirAlarmRange,
        Optional<DeviceFigure> flowAccuracy,
        Optional<PatientBolusCapability> patientBolus,
        List<String> labelledDrugs,
        RefillDateRule refillDateRule,
        Optional<DeviceFigure> refillDateVolume,
        List<DeviceNote> notes,
        List<LabelledDrug> labelling) {

    public DeviceCapabilities {
        labelledDrugs = List.copyOf(labelledDrugs);
        notes = List.copyOf(notes);
        labelling = List.copyOf(labelling);
    }

    /** What the labelling approves for this drug in this device, if it names the drug. */
    public Optional<LabelledDrug> labellingOf(String drug) {
        return labelling.stream().filter(l -> l.drug().equals(drug)).findFirst();
    }

    /** Nothing recorded beyond the basic figures. */
    public static DeviceCapabilities unknown(Kind kind) {
        return new DeviceCapabilities(
                kind,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                RefillDateRule.NOT_STATED,
                Optional.empty(),
                List.of(),
                List.of());
    }

    /** What sort of system it is. */
    public enum Kind {
        /** A fully implanted programmable pump (SynchroMed II, Prometra II). */
        IMPLANTED_PROGRAMMABLE_PUMP,
        /** A tunnelled catheter or port with an external pump. */
        EXTERNALISED_SYSTEM
    }

    /** How the device's own programmer dates the next refill. */
    public enum RefillDateRule {
        /** The programmer dates the refill when the reservoir reaches the low-reservoir alarm volume at basal rate. */
        ALARM_VOLUME_AT_BASAL,
        /**
         * The programmer assumes every allowed bolus of each day is delivered and dates the refill when the reservoir
         * reaches its refill volume ({@code refillDateVolume}), as Prometra's does.
         */
        REFILL_VOLUME_WITH_ALL_BOLUSES,
        /** No source read says. */
        NOT_STATED
    }

    /** An indication a drug's labelling gives (this system checks prescriptions for cancer pain: {@link #PAIN}). */
    public enum Indication {
        PAIN,
        SPASTICITY
    }

    /**
     * One drug the device's labelling approves: the labelled products, the highest labelled strength (a concentration
     * above it is off-label; empty: not recorded, any strength) and the indications (empty: not recorded, any).
     */
    public record LabelledDrug(
            String drug, List<String> products, Optional<DeviceFigure> maxConcentration, List<Indication> indications) {

        public LabelledDrug {
            products = List.copyOf(products);
            indications = List.copyOf(indications);
        }

        /** Whether the labelling gives this indication (a labelling that records none is read as giving any). */
        public boolean labelledFor(Indication indication) {
            return indications.isEmpty() || indications.contains(indication);
        }
    }

    /**
     * Patient-activated bolus: whether the device offers it, and the limits its programmer allows (dose per bolus,
     * shortest lockout, most boluses a day), each where a source gives it.
     */
    public record PatientBolusCapability(
            boolean available,
            Optional<DeviceFigure> shortestLockout,
            Optional<DeviceFigure> mostPerDay,
            List<org.idds.cds.kernel.Citation> citations) {}

    /** A cited statement about the device (replacement indicator, refill constraints, off-label motor stall). */
    public record DeviceNote(
            String topic,
            String text,
            org.idds.cds.kernel.Verification verification,
            List<org.idds.cds.kernel.Citation> citations) {}
}
