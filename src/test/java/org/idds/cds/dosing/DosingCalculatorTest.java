package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FigureRange;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.support.Prescriptions;
import org.junit.jupiter.api.Test;

/**
 * The prescription arithmetic on the seed prescriptions, to the precision the issue states, with a hand-built pump
 * (40 mL or 20 mL, alarm 2 mL, flow 0.048-24 mL/d) and no drug library: the numbers do not depend on the library.
 */
class DosingCalculatorTest {

    private static DeviceModel pump(String volume) {
        return new DeviceModel(
                "synchromed-ii-" + volume + "ml",
                "1",
                "draft",
                "pump",
                "pump",
                "Medtronic",
                "8637",
                Optional.of(figure(volume, "mL")),
                Optional.of(figure("2", "mL")),
                Optional.of(new FigureRange(figure("0.048", "mL/d"), figure("24", "mL/d"))),
                List.of(),
                DeviceCapabilities.unknown(DeviceCapabilities.Kind.IMPLANTED_PROGRAMMABLE_PUMP),
                Optional.empty(),
                Optional.empty());
    }

    private static DeviceFigure figure(String value, String unit) {
        return new DeviceFigure(new BigDecimal(value), unit, Verification.UNVERIFIED, Optional.empty(), List.of());
    }

    private static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    private static final Parameter REFILL_BY = new Parameter(
            DosingCalculator.REFILL_BY_VOLUME,
            Optional.of(new BigDecimal("4")),
            Unit.ML,
            "refill-by",
            Verification.UNVERIFIED,
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty());

    private static Map<String, Step> steps(DosingCalculator.DosingCalculation c) {
        return c.steps().stream().collect(Collectors.toMap(Step::id, s -> s, (a, b) -> b));
    }

    private static List<Prescription.ReservoirDrug> seedCase1Contents() {
        return List.of(
                new Prescription.ReservoirDrug("hydromorphone", q("1000", Unit.UG_PER_ML)),
                new Prescription.ReservoirDrug("ropivacaine", q("2500", Unit.UG_PER_ML)),
                new Prescription.ReservoirDrug("clonidine", q("75", Unit.UG_PER_ML)));
    }

    @Test
    void seedCase1MonthsLater() {
        Prescription p = Prescriptions.forPump(
                "synchromed-ii-40ml",
                seedCase1Contents(),
                Optional.of(new Prescription.DrugDose("hydromorphone", q("700", Unit.UG_PER_DAY))),
                Optional.empty(),
                Optional.of(new Prescription.PatientBolus(q("30", Unit.UG), Optional.empty(), 7)),
                Optional.empty(),
                Optional.of(new Prescription.Fill(LocalDate.parse("2026-12-01"), q("40", Unit.ML))),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
        var c = new DosingCalculator(IntrathecalDrugLibrary.EMPTY, List.of(REFILL_BY)).calculate(p, pump("40"));
        var s = steps(c);
        assertEquals(new BigDecimal("0.7"), s.get("basalVolume").result());
        assertEquals("mL/d", s.get("basalVolume").unit());
        assertEquals(new BigDecimal("0.91"), s.get("maxVolume").result());
        assertEquals(new BigDecimal("41.8"), s.get("daysToAlarmWithBoluses").result());
        assertEquals(new BigDecimal("54.3"), s.get("daysToAlarm").result());
        assertEquals("380/7 (54.28571429)", s.get("daysToAlarm").exact().orElseThrow());
        assertEquals(new BigDecimal("52.5"), s.get("dailyDose.clonidine").result());
        assertEquals("ug/d", s.get("dailyDose.clonidine").unit());
        assertEquals(new BigDecimal("1.75"), s.get("dailyDose.ropivacaine").result());
        assertEquals("mg/d", s.get("dailyDose.ropivacaine").unit());
        // the refill-by volume (4 mL) comes before the alarm: (40 - 4) / 0.91 = 39.6 days
        assertEquals(new BigDecimal("39.6"), s.get("daysToRefillByVolume").result());
        assertEquals(LocalDate.parse("2027-01-09"), c.refillDue().orElseThrow());
    }

    @Test
    void seedCase1AtImplant() {
        Prescription p = Prescriptions.forPump(
                "synchromed-ii-40ml",
                seedCase1Contents(),
                Optional.empty(),
                Optional.of(q("6", Unit.ML_PER_DAY)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Prescription.Fill(LocalDate.parse("2026-12-01"), q("40", Unit.ML))),
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty());
        var s = steps(new DosingCalculator(IntrathecalDrugLibrary.EMPTY, List.of()).calculate(p, pump("40")));
        assertEquals(new BigDecimal("6"), s.get("dailyDose.hydromorphone").result());
        assertEquals("mg/d", s.get("dailyDose.hydromorphone").unit());
        assertEquals(new BigDecimal("450"), s.get("dailyDose.clonidine").result());
        assertEquals(new BigDecimal("15"), s.get("dailyDose.ropivacaine").result());
        assertEquals(new BigDecimal("6.3"), s.get("daysToAlarm").result());
    }

    @Test
    void seedCase3TitrationSteps() {
        assertEquals(new BigDecimal("50"), basalStep("0.4", "0.6"));
        assertEquals(new BigDecimal("16.7"), basalStep("0.6", "0.7"));
        assertEquals(new BigDecimal("42.9"), basalStep("0.7", "1.0"));
        // boluses 0.1 mg x 4 at 0.7 mg/d, then 0.2 mg x 6 at 1.0 mg/d: 1.1 -> 2.2 mg/d with every bolus (+100%)
        Prescription p = morphine(
                "1.0",
                Optional.of(new Prescription.PatientBolus(q("0.2", Unit.MG), Optional.empty(), 6)),
                Optional.of(new Prescription.Previous(
                        q("0.7", Unit.MG_PER_DAY), Optional.of(q("0.1", Unit.MG)), Optional.of(4))));
        var s = steps(new DosingCalculator(IntrathecalDrugLibrary.EMPTY, List.of()).calculate(p, pump("40")));
        assertEquals(new BigDecimal("2.2"), s.get("maxDaily.morphine").result());
        assertEquals(new BigDecimal("1.1"), s.get("previousMaxDaily.morphine").result());
        assertEquals(new BigDecimal("100"), s.get("titration.maxDaily").result());
    }

    @Test
    void twentyMillilitrePumpWithARefillByMargin() {
        Prescription p = Prescriptions.forPump(
                "synchromed-ii-20ml",
                List.of(new Prescription.ReservoirDrug("morphine", q("20", Unit.MG_PER_ML))),
                Optional.of(new Prescription.DrugDose("morphine", q("5", Unit.MG_PER_DAY))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Prescription.Fill(LocalDate.parse("2026-12-01"), q("20", Unit.ML))),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
        var c = new DosingCalculator(IntrathecalDrugLibrary.EMPTY, List.of(REFILL_BY)).calculate(p, pump("20"));
        var s = steps(c);
        assertEquals(new BigDecimal("0.25"), s.get("basalVolume").result());
        assertEquals(new BigDecimal("72"), s.get("daysToAlarm").result());
        assertEquals(new BigDecimal("64"), s.get("daysToRefillByVolume").result());
        assertEquals(LocalDate.parse("2026-12-01").plusDays(64), c.refillDue().orElseThrow());
        assertTrue(c.facts().stream().anyMatch(f -> f instanceof DeliveryRate r && !r.isBelowFlowRange()));
    }

    private static BigDecimal basalStep(String before, String now) {
        Prescription p = morphine(
                now,
                Optional.empty(),
                Optional.of(new Prescription.Previous(q(before, Unit.MG_PER_DAY), Optional.empty(), Optional.empty())));
        return steps(new DosingCalculator(IntrathecalDrugLibrary.EMPTY, List.of()).calculate(p, pump("40")))
                .get("titration.basal")
                .result();
    }

    private static Prescription morphine(
            String dailyMg, Optional<Prescription.PatientBolus> bolus, Optional<Prescription.Previous> previous) {
        return Prescriptions.forPump(
                "synchromed-ii-40ml",
                List.of(new Prescription.ReservoirDrug("morphine", q("10", Unit.MG_PER_ML))),
                Optional.of(new Prescription.DrugDose("morphine", q(dailyMg, Unit.MG_PER_DAY))),
                Optional.empty(),
                bolus,
                previous,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }
}
