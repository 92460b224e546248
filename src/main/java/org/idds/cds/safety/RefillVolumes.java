package org.idds.cds.safety;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.ReservoirArithmetic;
import org.idds.cds.kernel.BasisFact;
import org.idds.cds.kernel.BasisItem;
import org.idds.cds.kernel.Governed;
import org.idds.cds.kernel.GovernedFigure;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.kernel.units.Ratio;

/**
 * The refill discrepancy, worked out: the volume expected to be aspirated at this refill (the last fill less what the
 * programmed volume a day delivered since, by {@link ReservoirArithmetic#expectedResidual}, less the patient boluses
 * the pump's log shows since, where given, less the volume the model keeps that cannot be withdrawn), the volume aspirated, the volumes delivered as expected and as found, their
 * difference in mL and as a percentage of the expected delivery, and the tolerance it is judged against: the model's
 * recorded flow accuracy as a fraction of the expected delivery plus the site's margin in mL. A model without a
 * recorded accuracy (or an unknown model) is judged against 0 for the accuracy, shown as not recorded: an unknown
 * accuracy never hides the finding (decision 0008). {@code difference} is positive when more was delivered than
 * expected (less left: over-infusion) and negative when less was (more left: under-infusion, a stall).
 */
public record RefillVolumes(
        String deviceId,
        Measure lastFill,
        Measure dailyVolume,
        Measure sinceLastFill,
        Optional<Measure> bolusVolume,
        Measure expectedResidual,
        Optional<Measure> nonAspirableVolume,
        Optional<DeviceFigure> nonAspirableFigure,
        Measure expectedAspirable,
        Measure aspirated,
        Measure expectedDelivered,
        Measure delivered,
        Measure difference,
        Optional<BigDecimal> differencePercent,
        Optional<DeviceFigure> flowAccuracy,
        Measure siteMargin,
        Parameter siteMarginParameter,
        Measure tolerance)
        implements BasisFact, Governed {

    /** Where a figure of the working came from. */
    public enum From {
        REQUEST,
        CALCULATED,
        DEVICE_MODEL,
        DEVICE_MODEL_NOT_RECORDED,
        SITE_PARAMETER
    }

    /** One figure of the working, as the answer shows it. */
    public record Figure(String name, String value, String unit, From from, Optional<String> figure) {}

    /**
     * The working for a refill: {@code pump} has its last fill and programmed volume a day; {@code margin} is the
     * site's margin parameter (0 mL when a site removed its value: an unset margin never hides a finding).
     */
    public static RefillVolumes of(
            PumpAtEvent pump, Measure aspirated, Optional<Measure> bolusVolume, Parameter margin) {
        PumpAtEvent.LastFill fill = pump.lastFill().orElseThrow(() -> new IllegalStateException("no last fill"));
        Measure daily = pump.dailyVolume().orElseThrow(() -> new IllegalStateException("no programmed volume"));
        Measure elapsed = pump.sinceLastFill();
        // patient boluses delivered since the fill (from the pump's log) leave that much less in the reservoir
        Measure residual = less(ReservoirArithmetic.expectedResidual(fill.volume(), daily, elapsed), bolusVolume);
        // the one place the volume a model keeps is subtracted (see nonAspirableVolume)
        Optional<Measure> kept = nonAspirableVolume(pump);
        Measure expectedAspirable = aspirable(residual, kept);
        Measure expectedDelivered = fill.volume().to("mL").subtract(residual);
        Measure delivered = aspirable(fill.volume().to("mL"), kept).subtract(aspirated.to("mL"));
        Measure difference = delivered.subtract(expectedDelivered);
        Optional<BigDecimal> percent = expectedDelivered.value().signum() > 0
                ? Optional.of(difference
                        .value()
                        .divide(expectedDelivered.value())
                        .multiply(Ratio.of(100))
                        .toBigDecimal(MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros())
                : Optional.empty();
        Optional<DeviceFigure> accuracy =
                pump.model().flatMap(m -> m.capabilities().flowAccuracy());
        Measure siteMargin =
                margin.isSet() ? Measure.of(margin.value(), margin.unit().ucum()) : Measure.of(0, "mL");
        Measure tolerance = accuracy.map(
                        a -> expectedDelivered.multiply(a.measure().value()))
                .orElse(Measure.of(0, "mL"))
                .add(siteMargin.to("mL"));
        return new RefillVolumes(
                pump.deviceId(),
                fill.volume().to("mL"),
                daily,
                elapsed,
                bolusVolume.map(b -> b.to("mL")),
                residual,
                kept,
                keptFigure(pump),
                expectedAspirable,
                aspirated.to("mL"),
                expectedDelivered,
                delivered,
                difference,
                percent,
                accuracy,
                siteMargin,
                margin,
                tolerance);
    }

    /**
     * The volume of the model that cannot be withdrawn by aspiration, as its device-model file records it (SynchroMed
     * II: about 2.4 mL, recalled from Rudich 2004, UNVERIFIED); empty for a model without the figure or an unknown
     * model, and then nothing is subtracted. {@link #aspirable} subtracts it, nowhere else.
     */
    static Optional<Measure> nonAspirableVolume(PumpAtEvent pump) {
        return keptFigure(pump).map(DeviceFigure::measure);
    }

    private static Optional<DeviceFigure> keptFigure(PumpAtEvent pump) {
        return pump.model().flatMap(m -> m.nonAspirableVolume());
    }

    /** What can be aspirated of {@code content}: less the volume the model keeps, never below 0 mL. */
    static Measure aspirable(Measure content, Optional<Measure> nonAspirable) {
        return less(content, nonAspirable);
    }

    /** {@code content} less {@code volume} when given, never below 0 mL. */
    private static Measure less(Measure content, Optional<Measure> volume) {
        Measure left = volume.map(v -> content.to("mL").subtract(v.to("mL"))).orElse(content.to("mL"));
        return left.value().signum() < 0 ? Measure.of(0, "mL") : left;
    }

    /** Less was left than expected by more than the tolerance: over-infusion suspected. */
    public boolean isOverInfusion() {
        return difference.compareQuantity(tolerance) > 0;
    }

    /** More was left than expected by more than the tolerance: under-infusion (a stall or stop) suspected. */
    public boolean isUnderInfusion() {
        return difference.value().negate().compareTo(tolerance.to("mL").value()) > 0;
    }

    /** The working, figure by figure, with where each came from. */
    public List<Figure> working() {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("lastFillVolume", lastFill, "mL", From.REQUEST));
        figures.add(figure("programmedDailyVolume", dailyVolume, "mL/d", From.REQUEST));
        figures.add(figure("timeSinceLastFill", sinceLastFill, "d", From.CALCULATED));
        bolusVolume.ifPresent(b -> figures.add(figure("bolusVolumeSinceLastFill", b, "mL", From.REQUEST)));
        figures.add(figure("expectedResidualVolume", expectedResidual, "mL", From.CALCULATED));
        figures.add(nonAspirableVolume
                .map(v -> new Figure(
                        "nonAspirableVolume", plain(v.to("mL")), "mL", From.DEVICE_MODEL, Optional.of(keptKey())))
                .orElse(new Figure("nonAspirableVolume", "0", "mL", From.DEVICE_MODEL_NOT_RECORDED, Optional.empty())));
        figures.add(figure("expectedAspirableVolume", expectedAspirable, "mL", From.CALCULATED));
        figures.add(figure("aspiratedVolume", aspirated, "mL", From.REQUEST));
        figures.add(figure("expectedDeliveredVolume", expectedDelivered, "mL", From.CALCULATED));
        figures.add(figure("deliveredVolume", delivered, "mL", From.CALCULATED));
        figures.add(figure("difference", difference, "mL", From.CALCULATED));
        differencePercent.ifPresent(p -> figures.add(
                new Figure("differencePercent", p.toPlainString(), "%", From.CALCULATED, Optional.empty())));
        figures.add(flowAccuracy
                .map(a -> new Figure(
                        "flowAccuracy",
                        a.value().toPlainString(),
                        a.unit(),
                        From.DEVICE_MODEL,
                        Optional.of(accuracyKey())))
                .orElse(new Figure("flowAccuracy", "0", "1", From.DEVICE_MODEL_NOT_RECORDED, Optional.empty())));
        figures.add(new Figure(
                "siteMargin",
                plain(siteMargin.to("mL")),
                "mL",
                From.SITE_PARAMETER,
                Optional.of(siteMarginParameter.key())));
        figures.add(figure("tolerance", tolerance, "mL", From.CALCULATED));
        return List.copyOf(figures);
    }

    @Override
    public List<BasisItem> basis() {
        List<BasisItem> basis = new ArrayList<>();
        basis.add(BasisItem.derived("refill.aspiratedVolume", PumpAtEvent.quantity(aspirated, Unit.ML)));
        bolusVolume.ifPresent(
                b -> basis.add(BasisItem.derived("refill.bolusVolumeSinceLastFill", PumpAtEvent.quantity(b, Unit.ML))));
        basis.add(
                BasisItem.derived("refill.expectedAspirableVolume", PumpAtEvent.quantity(expectedAspirable, Unit.ML)));
        basis.add(
                BasisItem.derived("refill.expectedDeliveredVolume", PumpAtEvent.quantity(expectedDelivered, Unit.ML)));
        basis.add(BasisItem.derived("refill.deliveredVolume", PumpAtEvent.quantity(delivered, Unit.ML)));
        basis.add(BasisItem.derived("refill.difference", PumpAtEvent.quantity(difference, Unit.ML)));
        differencePercent.ifPresent(
                p -> basis.add(new BasisItem("refill.differencePercent", p.toPlainString(), Optional.of("%"))));
        if (flowAccuracy.isEmpty()) {
            basis.add(new BasisItem("refill.flowAccuracy", "not recorded", Optional.empty()));
        }
        basis.add(BasisItem.derived("refill.tolerance", PumpAtEvent.quantity(tolerance, Unit.ML)));
        return basis;
    }

    @Override
    public List<GovernedFigure> governedFigures() {
        List<GovernedFigure> figures = new ArrayList<>();
        flowAccuracy.ifPresent(a -> figures.add(new GovernedFigure(
                accuracyKey(), a.value().toPlainString(), Optional.of(a.unit()), a.verification(), a.citations())));
        nonAspirableFigure.ifPresent(k -> figures.add(new GovernedFigure(
                keptKey(), k.value().toPlainString(), Optional.of(k.unit()), k.verification(), k.citations())));
        figures.addAll(siteMarginParameter.governedFigures());
        return figures;
    }

    private String keptKey() {
        return "device." + deviceId + ".nonAspirableVolume";
    }

    private String accuracyKey() {
        return "device." + deviceId + ".flowAccuracy";
    }

    private static Figure figure(String name, Measure m, String unit, From from) {
        return new Figure(name, plain(m.to(unit)), unit, from, Optional.empty());
    }

    private static String plain(Measure m) {
        return m.toBigDecimal(MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
