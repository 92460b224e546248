package org.idds.cds.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.units.Measure;
import org.junit.jupiter.api.Test;

class ReservoirArithmeticTest {

    private static final Measure FILL = Measure.of(20, "mL");
    private static final Measure HALF_ML_A_DAY = Measure.of("0.5", "mL/d");

    @Test
    void dailyVolumeIsTheDoseOverTheConcentration() {
        // 2.4 mg/d of morphine at 20 mg/mL is 0.12 mL/d
        Measure v = ReservoirArithmetic.dailyVolume(Measure.of("2.4", "mg/d"), Measure.of(20, "mg/mL"));
        assertEquals(Measure.of("0.12", "mL/d"), v);
        // the same volume from the dose in another mass unit
        assertTrue(ReservoirArithmetic.dailyVolume(Measure.of(2400, "ug/d"), Measure.of(20, "mg/mL"))
                .isSameQuantityAs(v));
    }

    @Test
    void aBolusVolumeIsInMillilitres() {
        assertEquals(
                Measure.of("0.005", "mL"),
                ReservoirArithmetic.doseVolume(Measure.of("0.1", "mg"), Measure.of(20, "mg/mL")));
    }

    @Test
    void everyBolusADayIsOneBolusTimesTheMostADay() {
        assertEquals(Measure.of(2, "mL/d"), ReservoirArithmetic.everyBolusADay(Measure.of("0.5", "mL"), 4, "mL/d"));
        assertEquals(Measure.of("0.4", "mg/d"), ReservoirArithmetic.everyBolusADay(Measure.of(100, "ug"), 4, "mg/d"));
    }

    @Test
    void daysAFillLastsToTheAlarmAndToEmpty() {
        assertEquals(Measure.of(36, "d"), ReservoirArithmetic.daysUntil(FILL, Measure.of(2, "mL"), HALF_ML_A_DAY));
        assertEquals(Measure.of(40, "d"), ReservoirArithmetic.daysToEmpty(FILL, HALF_ML_A_DAY));
        // exact, never rounded
        assertEquals(
                "200/7 d",
                ReservoirArithmetic.daysToEmpty(FILL, Measure.of("0.7", "mL/d")).toString());
    }

    @Test
    void theWorstCaseAddsTheFlowAccuracy() {
        assertEquals(
                Measure.of("0.575", "mL/d"),
                ReservoirArithmetic.worstCaseVolume(HALF_ML_A_DAY, Measure.of("0.15", "1")));
    }

    @Test
    void theExpectedResidualIsTheFillLessWhatWasDelivered() {
        assertEquals(
                Measure.of(6, "mL"), ReservoirArithmetic.expectedResidual(FILL, HALF_ML_A_DAY, Measure.of(28, "d")));
        // 48 h at 0.5 mL/d is 1 mL delivered
        assertTrue(ReservoirArithmetic.expectedResidual(FILL, HALF_ML_A_DAY, Measure.of(48, "h"))
                .isSameQuantityAs(Measure.of(19, "mL")));
        // never below empty
        assertEquals(
                Measure.of(0, "mL"), ReservoirArithmetic.expectedResidual(FILL, HALF_ML_A_DAY, Measure.of(50, "d")));
    }

    @Test
    void theAspirableResidualIsTheExpectedResidualLessTheVolumeThePumpKeeps() {
        DeviceFigure kept = keptVolume("2.4");
        // 20 mL filled, 28 days at 0.5 mL/d: 6 mL expected, 2.4 mL of it cannot be withdrawn, 3.6 mL can
        Measure expected = ReservoirArithmetic.expectedResidual(FILL, HALF_ML_A_DAY, Measure.of(28, "d"));
        ReservoirArithmetic.AspirableResidual working =
                ReservoirArithmetic.aspirableResidual(expected, Optional.of(kept));
        assertEquals(Measure.of("3.6", "mL"), working.aspirable());
        assertEquals(Measure.of(6, "mL"), working.expectedResidual());
        assertEquals(Optional.of(kept), working.nonAspirableVolume(), "the working shows the figure used");
        assertFalse(working.floored());
    }

    @Test
    void theAspirableResidualIsNeverBelowZero() {
        // 1 mL expected in a pump that keeps 2.4 mL: nothing can be aspirated, and the working says it was floored
        ReservoirArithmetic.AspirableResidual working =
                ReservoirArithmetic.aspirableResidual(Measure.of(1, "mL"), Optional.of(keptVolume("2.4")));
        assertEquals(Measure.of(0, "mL"), working.aspirable());
        assertTrue(working.floored());
        // exactly the kept volume: 0 mL, not floored
        ReservoirArithmetic.AspirableResidual exact =
                ReservoirArithmetic.aspirableResidual(Measure.of("2.4", "mL"), Optional.of(keptVolume("2.4")));
        assertTrue(exact.aspirable().isSameQuantityAs(Measure.of(0, "mL")));
        assertFalse(exact.floored());
    }

    @Test
    void withoutANonAspirableVolumeTheWholeExpectedResidualIsAspirable() {
        ReservoirArithmetic.AspirableResidual working =
                ReservoirArithmetic.aspirableResidual(Measure.of(6000, "uL"), Optional.empty());
        assertTrue(working.aspirable().isSameQuantityAs(Measure.of(6, "mL")));
        assertEquals("mL", working.aspirable().unit());
        assertTrue(working.nonAspirableVolume().isEmpty());
        assertFalse(working.floored());
    }

    private static DeviceFigure keptVolume(String mL) {
        return new DeviceFigure(
                new BigDecimal(mL),
                "mL",
                Verification.UNVERIFIED,
                Optional.empty(),
                List.of(new Citation("RUDICH2004", "Results", Optional.empty(), Verification.UNVERIFIED)));
    }
}
