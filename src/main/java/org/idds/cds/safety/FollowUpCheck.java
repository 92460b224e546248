package org.idds.cds.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.units.Measure;

/**
 * One post-implant event to check, parsed and bounded at the boundary: the event, the pump at it (model, contents,
 * programmed volume a day, last fill), the volume aspirated at a refill and the patient boluses delivered since the
 * last fill (from the pump's log), the signs observed, the therapy's history (its start, an opioid's dose a year ago)
 * for the granuloma risk flags, the respiratory-risk answers (read after a revision), and the antithrombotics started
 * since the implant when any were given. Later topics
 * (granuloma, infection, respiratory, drug-specific) add their observations as signs or facts of their own.
 */
public record FollowUpCheck(
        FollowUpEvent event,
        PumpAtEvent pump,
        Optional<Measure> aspirated,
        Optional<Measure> bolusVolume,
        Set<FollowUpSign> signs,
        Optional<Quantity> replacementTimeLeft,
        TherapyHistory therapy,
        RespiratoryRiskAnswers respiratoryRisk,
        Optional<AntithromboticsSinceImplant> antithromboticsSinceImplant) {

    /** Where the respiratory-risk group sits in a follow-up-check request. */
    public static final String RESPIRATORY_RISK = "patient.respiratoryRisk";

    /** The key of the site's margin in mL added to the model's flow accuracy when a refill is judged. */
    public static final String SITE_MARGIN = "deviceEvents.refill.siteMargin";

    /** The site margin in mL among the concern's {@code parameters} (every ruleset since 2026.12.5 has it). */
    public static Parameter siteMargin(List<Parameter> parameters) {
        return parameters.stream()
                .filter(p -> p.key().equals(SITE_MARGIN))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the parameters given hold no " + SITE_MARGIN));
    }

    /**
     * What an evaluation is given: the concern's {@code parameters} and this check's facts, the refill judged with the
     * site margin found among them (the service and the tests assemble them here).
     */
    public List<Object> withParameters(List<Parameter> parameters) {
        List<Object> facts = new ArrayList<>(parameters);
        facts.addAll(facts(siteMargin(parameters)));
        return facts;
    }

    public FollowUpCheck {
        signs = signs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signs));
    }

    /** The refill's working, when this is a refill with the aspirated volume, the last fill and the programmed rate. */
    public Optional<RefillVolumes> refillVolumes(Parameter siteMargin) {
        if (event.kind() != FollowUpEventKind.REFILL
                || aspirated.isEmpty()
                || pump.lastFill().isEmpty()
                || pump.dailyVolume().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RefillVolumes.of(pump, aspirated.get(), bolusVolume, siteMargin));
    }

    /** The facts the rules read (the ruleset's parameters are added by the caller), {@code siteMargin} among them. */
    public List<Object> facts(Parameter siteMargin) {
        List<Object> facts = new ArrayList<>();
        facts.add(event);
        facts.add(pump);
        for (FollowUpSign.Group group : FollowUpSign.Group.values()) {
            Set<FollowUpSign> observed = EnumSet.noneOf(FollowUpSign.class);
            signs.stream().filter(s -> s.group() == group).forEach(observed::add);
            if (!observed.isEmpty()) {
                facts.add(new ObservedSigns(
                        group,
                        observed,
                        group == FollowUpSign.Group.REPLACEMENT_INDICATOR ? replacementTimeLeft : Optional.empty()));
            }
        }
        Optional<RefillVolumes> volumes = refillVolumes(siteMargin);
        volumes.ifPresent(facts::add);
        facts.addAll(DrugInPump.of(pump));
        facts.addAll(therapy.facts(event, DrugInPump.of(pump)));
        if (event.kind() == FollowUpEventKind.PLANNED_MRI) {
            facts.addAll(PlannedMri.facts(pump));
        }
        DeliveryInterruption.of(this, volumes).ifPresent(facts::add);
        RespiratoryOccasion.of(event, pump).ifPresent(o -> facts.addAll(respiratoryRisk.facts(o)));
        antithromboticsSinceImplant.ifPresent(facts::add);
        return facts;
    }
}
