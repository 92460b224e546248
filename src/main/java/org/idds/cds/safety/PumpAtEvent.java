package org.idds.cds.safety;

import java.math.MathContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.units.Measure;

/**
 * The pump at a post-implant event: its model id ({@code model} empty for a model the ruleset does not describe: it is
 * accepted, and gets no model-specific figures), what it holds, the programmed volume a day (given, or from the basal
 * daily dose at its concentration) and the last fill before the event, with the event time.
 */
public record PumpAtEvent(
        String deviceId,
        Optional<DeviceModel> model,
        List<Content> contents,
        Optional<Measure> dailyVolume,
        Optional<LastFill> lastFill,
        OffsetDateTime eventAt)
        implements BasisFact {

    public PumpAtEvent {
        contents = List.copyOf(contents);
    }

    /** One drug the reservoir holds, at its concentration, with its catalogue class. */
    public record Content(String drug, Quantity concentration, DrugClass drugClass) {}

    /** The last fill before the event: when, and how much was put in. */
    public record LastFill(OffsetDateTime at, Measure volume) {}

    /** Whether the model is one the ruleset describes. */
    public boolean isModelKnown() {
        return model.isPresent();
    }

    /** Whether the reservoir holds {@code drug} (a catalogue name), alone or in an admixture. */
    public boolean holds(String drug) {
        return contents.stream().anyMatch(c -> c.drug().equals(drug));
    }

    /** Whether the reservoir holds an opioid (by the catalogue's class). */
    public boolean isHoldsOpioid() {
        return contents.stream().anyMatch(c -> c.drugClass() == DrugClass.OPIOID);
    }

    /** Whether the last fill is known. */
    public boolean isLastFillKnown() {
        return lastFill.isPresent();
    }

    /** The time from the last fill to the event (only when the last fill is known), in minutes. */
    public Measure sinceLastFill() {
        LastFill fill = lastFill.orElseThrow(() -> new IllegalStateException("no last fill"));
        return Measure.of(Duration.between(fill.at(), eventAt).toMinutes(), "min");
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(new BasisItem("pump.deviceId", deviceId, Optional.empty()));
        contents.forEach(
                c -> basis.add(BasisItem.of(() -> "pump.contents[" + c.drug() + "].concentration", c.concentration())));
        dailyVolume.ifPresent(v -> basis.add(BasisItem.derived("pump.dailyVolume", quantity(v, Unit.ML_PER_DAY))));
        lastFill.ifPresent(f -> {
            basis.add(BasisItem.time("pump.lastFill.at", f.at()));
            basis.add(BasisItem.derived("pump.lastFill.volume", quantity(f.volume(), Unit.ML)));
            basis.add(BasisItem.derived("pump.lastFill.hoursBeforeEvent", quantity(sinceLastFill(), Unit.HOUR)));
        });
        return basis;
    }

    static Quantity quantity(Measure m, Unit unit) {
        return new Quantity(m.to(unit.ucum()).toBigDecimal(MathContext.DECIMAL64), unit);
    }
}
