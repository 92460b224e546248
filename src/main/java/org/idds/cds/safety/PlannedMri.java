package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.MriInstructions;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.GovernedFigure;

/**
 * A planned MRI scan with the pump as a rule fact: whether the model is one the ruleset describes and, for a known model,
 * whether its labelling gives MRI instructions ({@code labelling}: empty for a model whose file records none, as in an
 * archived format 3 ruleset; read as not recorded). The instructions themselves reach the rules as {@link MriStep} facts
 * (one per action the labelling names, with the figures of its steps) and a {@link MriFieldStrength} fact, so that no rule
 * names a model or restates a figure: the model file's structured {@code mri} fields decide.
 */
public record PlannedMri(String deviceId, boolean modelKnown, Optional<MriInstructions.Labelling> labelling)
        implements BasisFact {

    /** The answer fact that shows the model's MRI labelling. */
    public static final String LABELLING = "pump.mri.labelling";

    /** The answer fact that shows how the labelled field strength is read (exactly, or up to it). */
    public static final String FIELD_STRENGTH_ALLOWED = "pump.mri.fieldStrength.allowed";

    /** Whether the model's labelling gives MRI instructions (false for an unknown model, or none recorded). */
    public boolean isInstructionsRecorded() {
        return labelling
                .filter(l -> l == MriInstructions.Labelling.MR_CONDITIONAL)
                .isPresent();
    }

    @Override
    public List<BasisItem> basis() {
        if (!modelKnown) {
            return List.of();
        }
        return List.of(new BasisItem(
                LABELLING,
                labelling.orElse(MriInstructions.Labelling.NOT_RECORDED).name(),
                Optional.empty()));
    }

    /** The facts of a planned MRI with {@code pump}: this one, and its labelling's steps and field strength. */
    public static List<Object> facts(PumpAtEvent pump) {
        Optional<MriInstructions> mri = pump.model().flatMap(DeviceModel::mri);
        List<Object> facts = new ArrayList<>();
        facts.add(new PlannedMri(pump.deviceId(), pump.isModelKnown(), mri.map(MriInstructions::labelling)));
        mri.filter(MriInstructions::hasInstructions).ifPresent(m -> {
            Map<MriInstructions.Action, List<GovernedFigure>> actions = new LinkedHashMap<>();
            for (MriInstructions.Step step : m.steps()) {
                List<GovernedFigure> figures = actions.computeIfAbsent(step.action(), a -> new ArrayList<>());
                step.volume()
                        .map(v -> figure(stepVolumeKey(pump.deviceId(), step.action()), v))
                        .filter(f -> figures.stream().noneMatch(g -> g.key().equals(f.key())))
                        .ifPresent(figures::add);
            }
            actions.forEach((action, figures) -> facts.add(new MriStep(action, figures)));
            m.fieldStrength()
                    .ifPresent(f -> facts.add(new MriFieldStrength(
                            f.allowed(),
                            figure(pump.deviceId(), "fieldStrength", f.strength()),
                            m.spatialGradientMax().map(g -> figure(pump.deviceId(), "spatialGradientMax", g)))));
        });
        return facts;
    }

    /** The key of a step's volume: {@code device.<id>.mri.<action in lower-kebab case>.volume}. */
    public static String stepVolumeKey(String deviceId, MriInstructions.Action action) {
        return "device." + deviceId + ".mri." + action.name().toLowerCase().replace('_', '-') + ".volume";
    }

    private static GovernedFigure figure(String deviceId, String name, DeviceFigure f) {
        return figure("device." + deviceId + ".mri." + name, f);
    }

    private static GovernedFigure figure(String key, DeviceFigure f) {
        return new GovernedFigure(
                key, f.value().toPlainString(), Optional.of(f.unit()), f.verification(), f.citations());
    }

    /** The actions of an MRI labelling that leave the pump delivering nothing for a time. */
    static final Set<MriInstructions.Action> STOPS_DELIVERY = EnumSet.of(
            MriInstructions.Action.EMPTY_RESERVOIR,
            MriInstructions.Action.INFUSION_STOPS,
            MriInstructions.Action.VALVE_CLOSES);
}
