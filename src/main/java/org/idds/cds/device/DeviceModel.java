package org.idds.cds.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.idds.cds.kernel.Citation;

/**
 * One intrathecal delivery device as the ruleset describes it ({@code device-model/<id>.json}): identity, the
 * figures recorded so far (each optional until a source gives it) and the sources for the device as a whole.
 * {@code status} is a FHIR PublicationStatus code ({@code draft}, {@code active}, {@code retired}).
 *
 * <p>{@code nonAspirableVolume}: the volume the reservoir keeps that cannot be withdrawn by aspiration, where a source
 * gives it (what a refill can aspirate is the expected content less this, {@link
 * ReservoirArithmetic#aspirableResidual}). {@code mri}: the structured MRI instructions of its labelling (format 4;
 * empty for a model of an archived format 3 ruleset, whose MRI statements are notes of topic {@code mri}).
 */
public record DeviceModel(
        String id,
        String version,
        String status,
        String title,
        String description,
        String manufacturer,
        String model,
        Optional<DeviceFigure> reservoirVolume,
        Optional<DeviceFigure> lowReservoirAlarmDefault,
        Optional<FigureRange> flowRate,
        List<Citation> citations,
        DeviceCapabilities capabilities,
        Optional<DeviceFigure> nonAspirableVolume,
        Optional<MriInstructions> mri) {

    public DeviceModel {
        citations = List.copyOf(citations);
    }

    /** Whether the device's labelling approves this drug (generic name) for it; any other drug is off-label. */
    public boolean labels(String drug) {
        return capabilities.labelledDrugs().contains(drug);
    }

    /** Every figure of the model, in file order: the basic figures, then those of its capabilities. */
    public List<DeviceFigure> figures() {
        List<DeviceFigure> figures = new ArrayList<>();
        reservoirVolume.ifPresent(figures::add);
        lowReservoirAlarmDefault.ifPresent(figures::add);
        capabilities.lowReservoirAlarmRange().ifPresent(r -> {
            figures.add(r.min());
            figures.add(r.max());
        });
        flowRate.ifPresent(r -> {
            figures.add(r.min());
            figures.add(r.max());
        });
        capabilities.flowAccuracy().ifPresent(figures::add);
        nonAspirableVolume.ifPresent(figures::add);
        capabilities.patientBolus().ifPresent(b -> {
            b.shortestLockout().ifPresent(figures::add);
            b.mostPerDay().ifPresent(figures::add);
        });
        capabilities.refillDateVolume().ifPresent(figures::add);
        capabilities.labelling().forEach(l -> l.maxConcentration().ifPresent(figures::add));
        mri.ifPresent(m -> figures.addAll(m.figures()));
        return figures;
    }

    /**
     * The citations of the model, of each of its figures, of its patient-bolus capability, of its notes and of its MRI
     * steps and statements.
     */
    public List<Citation> allCitations() {
        List<Citation> all = new ArrayList<>(citations);
        figures().forEach(f -> all.addAll(f.citations()));
        capabilities.patientBolus().ifPresent(b -> all.addAll(b.citations()));
        capabilities.notes().forEach(n -> all.addAll(n.citations()));
        mri.ifPresent(m -> {
            m.steps().forEach(s -> all.addAll(s.citations()));
            Stream.of(m.alternativeRoute(), m.woundHealedFirst(), m.emergencyScan(), m.hazard())
                    .flatMap(Optional::stream)
                    .forEach(s -> all.addAll(s.citations()));
        });
        return all;
    }
}
