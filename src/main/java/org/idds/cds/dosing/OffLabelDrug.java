package org.idds.cds.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.device.DeviceCapabilities.Indication;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.units.Measure;

/**
 * A drug in the reservoir used outside the pump's labelling: a drug the labelling does not name, a concentration above
 * its highest labelled strength, or an indication its labelling does not give (this system checks prescriptions for
 * cancer pain). A use is on label only when drug, strength and indication all are.
 */
public record OffLabelDrug(
        String drug,
        String deviceId,
        List<String> labelled,
        Why why,
        Optional<Measure> concentration,
        Optional<DeviceFigure> labelledMaxConcentration,
        List<Indication> labelledIndications)
        implements BasisFact, Governed {

    public OffLabelDrug {
        labelled = List.copyOf(labelled);
        labelledIndications = List.copyOf(labelledIndications);
    }

    /** A drug the pump's labelling does not name. */
    public OffLabelDrug(String drug, String deviceId, List<String> labelled) {
        this(drug, deviceId, labelled, Why.NOT_IN_LABELLING, Optional.empty(), Optional.empty(), List.of());
    }

    /** Why the use is off-label. */
    public enum Why {
        /** The pump's labelling does not name the drug (hydromorphone, clonidine, a local anaesthetic in a SynchroMed II). */
        NOT_IN_LABELLING,
        /** The concentration is above the highest labelled strength (morphine above 25 mg/mL). */
        ABOVE_LABELLED_STRENGTH,
        /** The labelling gives the drug for another indication (baclofen: spasticity, not pain). */
        INDICATION_NOT_LABELLED
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        switch (why) {
            case NOT_IN_LABELLING ->
                basis.add(new BasisItem("contents[" + drug + "]", drug, Optional.empty())
                        .withNote(CalculationTexts.N_NOT_IN_DEVICE_LABELLING, Map.of("device", deviceId)));
            case ABOVE_LABELLED_STRENGTH ->
                basis.add(new BasisItem(
                                "contents[" + drug + "].concentration",
                                concentration
                                        .map(c -> Amount.shown(c).toPlainString())
                                        .orElse("not given"),
                                concentration.map(Measure::unit))
                        .withNote(
                                CalculationTexts.N_ABOVE_LABELLED_STRENGTH,
                                labelledMaxConcentration
                                        .map(m ->
                                                Map.of("labelledMax", m.value().toPlainString() + " " + m.unit()))
                                        .orElse(Map.of())));
            case INDICATION_NOT_LABELLED ->
                basis.add(new BasisItem("contents[" + drug + "]", drug, Optional.empty())
                        .withNote(
                                CalculationTexts.N_LABELLED_FOR_OTHER_INDICATION,
                                Map.of(
                                        "device",
                                        deviceId,
                                        "indications",
                                        String.join(
                                                ", ",
                                                labelledIndications.stream()
                                                        .map(Enum::name)
                                                        .toList()))));
        }
        basis.add(
                new BasisItem("device." + deviceId + ".labelledDrugs", String.join(", ", labelled), Optional.empty()));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        return labelledMaxConcentration
                .filter(m -> why == Why.ABOVE_LABELLED_STRENGTH)
                .map(m -> List.of(new GovernedFigure(
                        "device." + deviceId + ".labelling." + drug + ".maxConcentration",
                        m.value().toPlainString(),
                        Optional.of(m.unit()),
                        m.verification(),
                        m.citations())))
                .orElse(List.of());
    }
}
