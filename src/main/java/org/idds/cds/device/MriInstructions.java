package org.idds.cds.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;

/**
 * What a device model's labelling says about MRI ({@code mri} of {@code device-model/<id>.json}, manifest format 4),
 * as structured instructions a rule can use, each item keeping its text (ruleset content), verification and sources.
 *
 * <p>{@code labelling} {@link Labelling#MR_CONDITIONAL}: a scan is allowed at {@code fieldStrength} (and at most
 * {@code spatialGradientMax} where recorded), with the steps {@code beforeScan}, {@code duringScan} (what the device
 * does) and {@code afterScan}, the drug given by another route while the pump delivers nothing ({@code
 * alternativeRoute}), and, where a source gives them, waiting for the wound to heal, an emergency-scan path and the
 * hazard. {@link Labelling#NOT_RECORDED}: no MRI labelling was read, {@code text} says what is missing, and there are
 * no instructions (an unknown gives no default).
 */
public record MriInstructions(
        Labelling labelling,
        Optional<String> text,
        Optional<FieldStrength> fieldStrength,
        Optional<DeviceFigure> spatialGradientMax,
        List<Step> beforeScan,
        List<Step> duringScan,
        List<Step> afterScan,
        Optional<Statement> alternativeRoute,
        Optional<Statement> woundHealedFirst,
        Optional<Statement> emergencyScan,
        Optional<Statement> hazard) {

    public MriInstructions {
        beforeScan = List.copyOf(beforeScan);
        duringScan = List.copyOf(duringScan);
        afterScan = List.copyOf(afterScan);
    }

    /** Whether the labelling gives instructions (false: not recorded, no default instructions). */
    public boolean hasInstructions() {
        return labelling == Labelling.MR_CONDITIONAL;
    }

    /** Whether any step before, during or after the scan is {@code action}. */
    public boolean has(Action action) {
        return steps().stream().anyMatch(s -> s.action() == action);
    }

    /** Every step, before, during and after the scan, in that order. */
    public List<Step> steps() {
        return Stream.of(beforeScan, duringScan, afterScan)
                .flatMap(List::stream)
                .toList();
    }

    /** Every figure of the instructions: field strength, spatial gradient, step volumes. */
    public List<DeviceFigure> figures() {
        List<DeviceFigure> figures = new ArrayList<>();
        fieldStrength.ifPresent(f -> figures.add(f.strength()));
        spatialGradientMax.ifPresent(figures::add);
        steps().forEach(s -> s.volume().ifPresent(figures::add));
        return figures;
    }

    /** Whether MRI labelling was read for the device. */
    public enum Labelling {
        /** A scan is allowed under the recorded conditions and steps. */
        MR_CONDITIONAL,
        /** No MRI labelling was read: no instructions are given (ask for the device and its labelling). */
        NOT_RECORDED
    }

    /** How the labelled static field strength is read. */
    public enum Allowed {
        /** Only at that strength (Prometra II: 1.5 T only). */
        EXACTLY,
        /** At that strength or below. */
        UP_TO
    }

    /** A step of the MRI workflow, or what the device does during the scan. */
    public enum Action {
        /** Before: remove the reservoir's content (the step's volume: the most that may need removing). */
        EMPTY_RESERVOIR,
        /** Before or after: check the pump's status. */
        CHECK_PUMP_STATUS,
        /** Before: do not program the pump to stop before the scan. */
        DO_NOT_PROGRAM_STOPPED_PUMP,
        /** During: the pump stops delivering for the scan (SynchroMed II: the rotor stalls). */
        INFUSION_STOPS,
        /** During: a valve closes in the field; nothing is delivered until it is reset (Prometra II). */
        VALVE_CLOSES,
        /** After: interrogate the pump with its programmer. */
        INTERROGATE_PUMP,
        /** After: reset the valve that closed. */
        RESET_VALVE,
        /** After: refill the emptied reservoir and restore the programmed therapy. */
        RESTORE_THERAPY
    }

    /** The static field strength the labelling allows, in tesla, read {@link Allowed#EXACTLY} or up to it. */
    public record FieldStrength(Allowed allowed, DeviceFigure strength) {}

    /** One step: what, the volume it concerns (emptying the reservoir), its text, verification and sources. */
    public record Step(
            Action action,
            Optional<DeviceFigure> volume,
            String text,
            Verification verification,
            List<Citation> citations) {

        public Step {
            citations = List.copyOf(citations);
        }
    }

    /** A cited MRI statement (the alternative route, wound healing, the emergency path, the hazard). */
    public record Statement(String text, Verification verification, List<Citation> citations) {

        public Statement {
            citations = List.copyOf(citations);
        }
    }
}
