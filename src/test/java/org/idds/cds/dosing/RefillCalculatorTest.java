package org.idds.cds.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.support.Knowledge;
import org.idds.cds.support.Prescriptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The refill dates against the bundled device models, drug library and parameters: every date at the programmed rate
 * and at the pump's worst case (flow accuracy, every bolus used), the label refill limits of ziconotide by dilution,
 * and the cap at the longest cited stability.
 */
class RefillCalculatorTest {

    private static Ruleset ruleset;

    @BeforeAll
    static void load() {
        RulesetLoader loader = Knowledge.loader();
        ruleset = loader.load(loader.bundled());
    }

    private static DeviceModel device(String id) {
        return ruleset.deviceModels().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static DosingCalculator.DosingCalculation calculate(Prescription p) {
        return new DosingCalculator(ruleset.content().drugLibrary(), ruleset.parameters())
                .calculate(p, device(p.deviceId().orElseThrow()));
    }

    private static Map<String, Step> steps(DosingCalculator.DosingCalculation c) {
        return c.steps().stream().collect(Collectors.toMap(Step::id, s -> s, (a, b) -> b));
    }

    private static ReservoirTiming timing(DosingCalculator.DosingCalculation c) {
        return c.facts().stream()
                .filter(ReservoirTiming.class::isInstance)
                .map(ReservoirTiming.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    private static final LocalDate FILLED = LocalDate.parse("2026-12-01");

    private static Prescription single(
            String device,
            String drug,
            Quantity concentration,
            Quantity dailyDose,
            String fillMl,
            Optional<Quantity> planned,
            boolean start) {
        return Prescriptions.forPump(
                device,
                List.of(new Prescription.ReservoirDrug(drug, concentration)),
                Optional.of(new Prescription.DrugDose(drug, dailyDose)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Prescription.Fill(FILLED, q(fillMl, Unit.ML))),
                Optional.empty(),
                planned,
                start,
                Optional.of(false));
    }

    @Test
    void seedCase1MonthsLaterIsDueBeforeThePumpIsEmptyAtTheWorstCase() {
        Prescription p = Prescriptions.forPump(
                "synchromed-ii-40ml",
                List.of(
                        new Prescription.ReservoirDrug("hydromorphone", q("1000", Unit.UG_PER_ML)),
                        new Prescription.ReservoirDrug("ropivacaine", q("2500", Unit.UG_PER_ML)),
                        new Prescription.ReservoirDrug("clonidine", q("75", Unit.UG_PER_ML))),
                Optional.of(new Prescription.DrugDose("hydromorphone", q("700", Unit.UG_PER_DAY))),
                Optional.empty(),
                Optional.of(new Prescription.PatientBolus(q("30", Unit.UG), Optional.empty(), 7)),
                Optional.empty(),
                Optional.of(new Prescription.Fill(FILLED, q("40", Unit.ML))),
                Optional.of(q("2", Unit.ML)),
                Optional.empty(),
                false,
                Optional.empty());
        var c = calculate(p);
        var s = steps(c);
        // programmed rate, every bolus: 0.91 mL/d; worst case +14.5 %: 1.04195 mL/d
        assertEquals(new BigDecimal("41.8"), s.get("daysToAlarmWithBoluses").result());
        assertEquals(new BigDecimal("44"), s.get("daysToEmpty").result());
        assertEquals(new BigDecimal("39.6"), s.get("daysToRefillByVolume").result());
        assertEquals(new BigDecimal("1.042"), s.get("worstCaseVolume").result());
        assertTrue(s.get("worstCaseVolume").inputs().stream()
                .anyMatch(t -> t.term().equals("flowAccuracy")
                        && t.from().equals("deviceModel.flowAccuracy.notVerified")
                        && t.figure().equals(Optional.of("device.synchromed-ii-40ml.flowAccuracy"))
                        && t.verified().equals(Optional.of(false))));
        assertEquals(new BigDecimal("38.4"), s.get("daysToEmptyWorstCase").result());
        assertEquals(new BigDecimal("36.5"), s.get("daysToAlarmWorstCase").result());
        assertEquals(
                new BigDecimal("34.6"), s.get("daysToRefillByVolumeWorstCase").result());
        // the pump computes its alarm (the text "it does not measure the reservoir"), not the no-alarm variant
        assertEquals(Optional.empty(), s.get("daysToAlarmWithBoluses").text());
        // the refill-due date: 34 whole days, before the pump is empty at the worst case (day 38.4)
        assertEquals(new BigDecimal("34.6"), s.get("refillDue").result());
        assertEquals(FILLED.plusDays(34), c.refillDue().orElseThrow());
        assertTrue(c.refillDue().get().isBefore(FILLED.plusDays(38)));
        assertTrue(timing(c).governedFigures().stream()
                .anyMatch(f -> f.key().equals("device.synchromed-ii-40ml.flowAccuracy")
                        && f.verification().name().equals("UNVERIFIED")));
    }

    @Test
    void morphineThatWouldLastAYearIsCappedAtTheLongestCitedStability() {
        // 1 mg/d at 10 mg/mL in 40 mL: 0.1 mL/d, the refill-by volume reached on day 360 at the programmed rate
        var c = calculate(single(
                "synchromed-ii-40ml",
                "morphine",
                q("10", Unit.MG_PER_ML),
                q("1", Unit.MG_PER_DAY),
                "40",
                Optional.empty(),
                false));
        var s = steps(c);
        assertEquals(new BigDecimal("360"), s.get("daysToRefillByVolume").result());
        assertEquals(new BigDecimal("90"), s.get("refillDue").result());
        assertEquals(FILLED.plusDays(90), c.refillDue().orElseThrow());
        assertTrue(s.get("refillDue").inputs().stream()
                .anyMatch(
                        t -> t.from().equals("site") && t.figure().equals(Optional.of(RefillCalculator.MAX_INTERVAL))));
        assertTrue(timing(c).intervalDays().compareTo(new BigDecimal("90")) > 0);
    }

    @Test
    void ziconotideUndilutedIsRefilledWithinEightyFourDays() {
        // 2.4 ug/d at 25 ug/mL (as supplied), alone: 375 days to the refill-by volume, the label allows 84
        var c = calculate(single(
                "synchromed-ii-40ml",
                "ziconotide",
                q("25", Unit.UG_PER_ML),
                q("2.4", Unit.UG_PER_DAY),
                "40",
                Optional.empty(),
                false));
        assertEquals(
                new BigDecimal("84"),
                steps(c).get("labelRefillLimit.ziconotide").result());
        assertEquals(FILLED.plusDays(84), c.refillDue().orElseThrow());
        assertTrue(timing(c).isBeyondLabelRefillLimit());
    }

    @Test
    void ziconotideAtAStrengthItIsNotSuppliedInCountsAsDiluted() {
        var c = calculate(single(
                "synchromed-ii-40ml",
                "ziconotide",
                q("5", Unit.UG_PER_ML),
                q("1.2", Unit.UG_PER_DAY),
                "40",
                Optional.empty(),
                false));
        var limit = steps(c).get("labelRefillLimit.ziconotide");
        assertEquals(new BigDecimal("40"), limit.result());
        // "diluted, or the dilution not known (5 ug/mL is not a strength it is supplied in): 40 d"
        Step.Part reason = limit.parts().orElseThrow().get(0);
        assertEquals("labelRefill.DILUTED", reason.text());
        assertEquals(
                new Step.Shown(new BigDecimal("5"), "ug/mL"),
                reason.concentration().orElseThrow());
        assertEquals(
                new Step.Shown(new BigDecimal("40"), "d"), reason.interval().orElseThrow());
        assertEquals(FILLED.plusDays(40), c.refillDue().orElseThrow());
    }

    @Test
    void ziconotideInAnAdmixtureCountsAsDiluted() {
        Prescription p = Prescriptions.forPump(
                "synchromed-ii-40ml",
                List.of(
                        new Prescription.ReservoirDrug("ziconotide", q("25", Unit.UG_PER_ML)),
                        new Prescription.ReservoirDrug("morphine", q("10", Unit.MG_PER_ML))),
                Optional.of(new Prescription.DrugDose("ziconotide", q("2.4", Unit.UG_PER_DAY))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new Prescription.Fill(FILLED, q("40", Unit.ML))),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of(false));
        var c = calculate(p);
        assertEquals(
                new BigDecimal("40"),
                steps(c).get("labelRefillLimit.ziconotide").result());
        assertEquals(FILLED.plusDays(40), c.refillDue().orElseThrow());
    }

    @Test
    void aNewPumpsFirstFillOfZiconotideIsRefilledWithinFourteenDays() {
        var c = calculate(single(
                "synchromed-ii-40ml",
                "ziconotide",
                q("25", Unit.UG_PER_ML),
                q("1.2", Unit.UG_PER_DAY),
                "40",
                Optional.empty(),
                true));
        assertEquals(
                new BigDecimal("14"),
                steps(c).get("labelRefillLimit.ziconotide").result());
        assertEquals(FILLED.plusDays(14), c.refillDue().orElseThrow());
    }

    @Test
    void aPlannedIntervalIsCheckedAgainstTheRefillByDateWhereNoAlarmIsRecorded() {
        // Prometra II 40 mL (no alarm recorded, accuracy 15 %): 10 mg/d at 25 mg/mL is 0.4 mL/d, empty on day 100
        var prometra = calculate(single(
                "prometra-ii-40ml",
                "morphine",
                q("25", Unit.MG_PER_ML),
                q("10", Unit.MG_PER_DAY),
                "40",
                Optional.of(q("99", Unit.DAY)),
                false));
        var s = steps(prometra);
        assertEquals(new BigDecimal("100"), s.get("daysToAlarm").result());
        assertEquals(
                Optional.of("daysToAlarm.noAlarm"), s.get("daysToAlarm").text()); // "... these are the days to empty"
        assertEquals(new BigDecimal("87"), s.get("daysToEmptyWorstCase").result());
        assertEquals(
                new BigDecimal("78.3"), s.get("daysToRefillByVolumeWorstCase").result());
        assertTrue(timing(prometra).isPlannedIntervalBeyondRefillBy());
        // the external system records no reservoir, alarm or accuracy: 1 mL/d from 100 mL, refill-by on day 96
        var external = calculate(single(
                "external-intrathecal-system",
                "morphine",
                q("2", Unit.MG_PER_ML),
                q("2", Unit.MG_PER_DAY),
                "100",
                Optional.of(q("99", Unit.DAY)),
                false));
        assertFalse(steps(external).containsKey("worstCaseVolume"));
        assertEquals(
                new BigDecimal("96"),
                steps(external).get("daysToRefillByVolume").result());
        assertTrue(timing(external).isPlannedIntervalBeyondRefillBy());
        // a planned interval inside the refill-by date passes
        var inside = calculate(single(
                "prometra-ii-40ml",
                "morphine",
                q("25", Unit.MG_PER_ML),
                q("10", Unit.MG_PER_DAY),
                "40",
                Optional.of(q("70", Unit.DAY)),
                false));
        assertFalse(timing(inside).isPlannedIntervalBeyondRefillBy());
    }
}
