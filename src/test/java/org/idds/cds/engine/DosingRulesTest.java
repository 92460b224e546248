package org.idds.cds.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.OmeCalculator;
import org.idds.cds.clinical.OpioidLoad;
import org.idds.cds.clinical.RespiratoryRiskFactor;
import org.idds.cds.clinical.Route;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.FigureRange;
import org.idds.cds.dosing.BolusSchedule;
import org.idds.cds.dosing.BolusSize;
import org.idds.cds.dosing.DeliveryRate;
import org.idds.cds.dosing.DeviceLimit;
import org.idds.cds.dosing.DoseStep;
import org.idds.cds.dosing.DrugInReservoir;
import org.idds.cds.dosing.DrugLoad;
import org.idds.cds.dosing.ImplantedPump;
import org.idds.cds.dosing.IntrathecalAgent;
import org.idds.cds.dosing.LabelStartingDose;
import org.idds.cds.dosing.LibraryLimit;
import org.idds.cds.dosing.LibraryTitration;
import org.idds.cds.dosing.NoIntrathecalMorphineRatio;
import org.idds.cds.dosing.OffLabelDrug;
import org.idds.cds.dosing.OmeStartingBound;
import org.idds.cds.dosing.OpioidStatus;
import org.idds.cds.dosing.PatientAge;
import org.idds.cds.dosing.PrescriptionContext;
import org.idds.cds.dosing.PrescriptionSituation;
import org.idds.cds.dosing.PsychosisHistory;
import org.idds.cds.dosing.PsychosisHistoryNotGiven;
import org.idds.cds.dosing.RefillLimit;
import org.idds.cds.dosing.ReservoirTiming;
import org.idds.cds.dosing.RespiratoryRisks;
import org.idds.cds.dosing.TitrationStep;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.units.Measure;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.support.Knowledge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dosing rule on the facts that should fire it and on the facts just inside its limit, with a hand-built
 * library entry (the rules compare with whatever the library says; the library's own figures are tested with it).
 * Together the scenarios fire every dosing rule of the bundled ruleset.
 */
class DosingRulesTest {

    private static Ruleset ruleset;
    private static RuleEngine engine;
    private static final Set<String> FIRED = new HashSet<>();

    @BeforeAll
    static void load() {
        RulesetLoader loader = Knowledge.loader();
        ruleset = loader.load(loader.bundled());
        engine = new RuleEngine();
        engine.compile(ruleset);
    }

    private static Set<String> fire(Ruleset r, RuleEngine e, Object... facts) {
        List<Object> all = new ArrayList<>(r.parameters());
        all.addAll(List.of(facts));
        all.addAll(figuresBeside(facts));
        Set<String> ids = e.evaluate(r.version(), Concern.DOSING, all).findings().stream()
                .map(FiredFinding::ruleId)
                .collect(Collectors.toSet());
        FIRED.addAll(ids);
        return ids;
    }

    /**
     * The governed figures production inserts beside these facts for the rules to compare with, derived from the facts
     * themselves: the library figures of a drug load (DosingCalculator), the pump's flow range beside a delivery rate
     * (DosingCalculator), the label's start beside a label starting dose (StartAndRespiratoryFacts), the starting top
     * beside a dose step and the schedule's figures beside a library titration step (TitrationCalculator), and the
     * pump's reservoir volume, the studied stability and the label's refill interval beside a reservoir timing
     * (RefillCalculator).
     */
    private static List<Object> figuresBeside(Object... facts) {
        List<Object> figures = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof DrugLoad load) {
                load.library().ifPresent(entry -> figures.addAll(LibraryLimit.of(load.drug(), entry)));
            } else if (fact instanceof DeliveryRate rate) {
                figures.addAll(DeviceLimit.flowRange(rate.deviceId(), rate.flowRange()));
            } else if (fact instanceof LabelStartingDose start) {
                figures.add(LibraryLimit.of(
                        start.drug(),
                        LibraryLimit.Figure.LABEL_STARTING_DAILY_DOSE,
                        LabelStartingDose.key(start.drug(), start.label()),
                        start.label().max(),
                        Severity.CRITICAL));
            } else if (fact instanceof DoseStep step) {
                step.startingTopLimit().ifPresent(figures::add);
            } else if (fact instanceof LibraryTitration step) {
                figures.addAll(step.libraryLimits());
            } else if (fact instanceof ReservoirTiming timing) {
                timing.reservoirVolume()
                        .ifPresent(v -> figures.add(new DeviceLimit(
                                "pump", DeviceLimit.Figure.RESERVOIR_VOLUME, v.toBigDecimal(), v.unit())));
                timing.stabilityLimit()
                        .ifPresent(d -> figures.add(new RefillLimit(
                                RefillLimit.Figure.STUDIED_STABILITY,
                                "library.stability.morphine",
                                d.toBigDecimal(),
                                d.unit())));
                timing.labelRefillLimit()
                        .ifPresent(d -> figures.add(new RefillLimit(
                                RefillLimit.Figure.LABEL_REFILL_INTERVAL,
                                "library.ziconotide.refillInterval.label",
                                d.toBigDecimal(),
                                d.unit())));
            }
        }
        return figures;
    }

    private static Set<String> fire(Object... facts) {
        return fire(ruleset, engine, facts);
    }

    private static IntrathecalDrug.Limit limit(String value, Unit unit, Severity severity) {
        return new IntrathecalDrug.Limit(Quantity.of(value, unit), severity, Verification.UNVERIFIED, "", List.of());
    }

    /** Morphine as a test library entry: soft maxima 20 mg/mL and 15 mg/d, start 0.1-0.5 mg/d, ceiling 100 mg/d. */
    private static IntrathecalDrug morphine(Severity severity) {
        return new IntrathecalDrug(
                "morphine",
                IntrathecalDrug.Role.OPIOID,
                Optional.empty(),
                Optional.of(new IntrathecalDrug.DoseRange(
                        Quantity.of("0.1", Unit.MG_PER_DAY),
                        Quantity.of("0.5", Unit.MG_PER_DAY),
                        Verification.UNVERIFIED,
                        "",
                        List.of())),
                Optional.of(limit("20", Unit.MG_PER_ML, severity)),
                Optional.of(limit("15", Unit.MG_PER_DAY, severity)),
                Optional.empty(),
                limit("100", Unit.MG_PER_DAY, Severity.CRITICAL),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
    }

    private static DrugLoad load(
            String conc, String basal, String max, Optional<IntrathecalDrug> entry, boolean start) {
        return new DrugLoad(
                "morphine",
                Measure.of(conc, "mg/mL"),
                Measure.of(basal, "mg/d"),
                Measure.of(max, "mg/d"),
                entry,
                start);
    }

    @Test
    void limitsAreSoftOrHardAsTheLibrarySays() {
        assertEquals(
                Set.of("DOS-LM-001", "DOS-LM-003"),
                fire(load("25", "10", "16", Optional.of(morphine(Severity.WARNING)), false)));
        assertEquals(
                Set.of("DOS-LM-002", "DOS-LM-004"),
                fire(load("25", "10", "16", Optional.of(morphine(Severity.CRITICAL)), false)));
        assertEquals(Set.of(), fire(load("20", "10", "15", Optional.of(morphine(Severity.WARNING)), false)));
    }

    @Test
    void anImplausibleDoseIsAUnitErrorNotADose() {
        // 200 mg/d of morphine (a slip of ug for mg): the ceiling, not the consensus maximum, speaks
        assertEquals(
                Set.of("DOS-LM-007", "DOS-LM-001"),
                fire(load("25", "200", "200", Optional.of(morphine(Severity.WARNING)), true)));
    }

    @Test
    void aStartingDoseAboveTheRangeShowsTheMultiple() {
        DrugLoad six = load("10", "6", "6", Optional.of(morphine(Severity.WARNING)), true);
        assertEquals(
                Set.of("DOS-SD-001"), fire(six, situation(PrescriptionContext.FIRST_DOSE, OpioidStatus.OPIOID_NAIVE)));
        assertEquals(new BigDecimal("12.0"), six.startingMultiple().orElseThrow());
        assertEquals(
                Set.of(),
                fire(
                        load("10", "0.5", "0.5", Optional.of(morphine(Severity.WARNING)), true),
                        situation(PrescriptionContext.FIRST_DOSE, OpioidStatus.OPIOID_NAIVE)));
        // the context decides, not the old startingDose flag: a continuation is not judged as a start
        assertEquals(
                Set.of(),
                fire(
                        six,
                        new PrescriptionSituation(
                                PrescriptionContext.CONTINUATION, Optional.empty(), Optional.empty())));
    }

    private static PrescriptionSituation situation(PrescriptionContext context, OpioidStatus status) {
        return new PrescriptionSituation(context, Optional.of(status), Optional.empty());
    }

    private static OpioidLoad oralMorphine(String mgPerDay) {
        return new OmeCalculator(ruleset.drugs())
                .calculate(List.of(new Medication(
                        "morphine",
                        Route.ORAL,
                        Optional.of(Quantity.of(mgPerDay, Unit.MG_PER_DAY)),
                        Optional.empty())));
    }

    @Test
    void aStartIsJudgedAgainstTheLabelsStartAndTheBoundFromTheSystemicLoad() {
        PrescriptionSituation tolerant = situation(PrescriptionContext.FIRST_DOSE, OpioidStatus.OPIOID_TOLERANT);
        PrescriptionSituation naive = situation(PrescriptionContext.FIRST_DOSE, OpioidStatus.OPIOID_NAIVE);
        IntrathecalDrug.LabelStart naiveStart = new IntrathecalDrug.LabelStart(
                IntrathecalDrug.LabelStart.StartStatus.OPIOID_NAIVE,
                Quantity.of("1", Unit.MG_PER_DAY),
                Verification.VERIFIED,
                "",
                List.of());
        assertEquals(
                Set.of("DOS-SD-002"),
                fire(
                        naive,
                        new LabelStartingDose(
                                "morphine",
                                IntrathecalDrug.StartStatusQuery.OPIOID_NAIVE,
                                true,
                                Measure.of("1", "mg/d"),
                                Measure.of("1.5", "mg/d"),
                                naiveStart)));
        assertEquals(
                Set.of(),
                fire(
                        naive,
                        new LabelStartingDose(
                                "morphine",
                                IntrathecalDrug.StartStatusQuery.OPIOID_NAIVE,
                                true,
                                Measure.of("0.5", "mg/d"),
                                Measure.of("1", "mg/d"),
                                naiveStart)));
        // OME 120: 3 mg/d of intrathecal morphine is 40:1 (critical); OME 300: 2 mg/d is 150:1 (warning), 1 mg/d 300:1
        assertEquals(
                Set.of("DOS-SD-003"),
                fire(
                        tolerant,
                        new OmeStartingBound(
                                "morphine",
                                Measure.of("3", "mg/d"),
                                Measure.of("3", "mg/d"),
                                Optional.empty(),
                                oralMorphine("120"),
                                List.of())));
        assertEquals(
                Set.of("DOS-SD-004"),
                fire(
                        tolerant,
                        new OmeStartingBound(
                                "morphine",
                                Measure.of("2", "mg/d"),
                                Measure.of("2", "mg/d"),
                                Optional.empty(),
                                oralMorphine("300"),
                                List.of())));
        assertEquals(
                Set.of(),
                fire(
                        tolerant,
                        new OmeStartingBound(
                                "morphine",
                                Measure.of("1", "mg/d"),
                                Measure.of("1", "mg/d"),
                                Optional.empty(),
                                oralMorphine("300"),
                                List.of())));
        assertEquals(Set.of("DOS-SD-005"), fire(tolerant, new NoIntrathecalMorphineRatio("fentanyl")));
        // stated tolerant on 30 mg/d OME: questioned; on 60 mg/d: not
        assertEquals(Set.of("DOS-SD-006"), fire(tolerant, oralMorphine("30")));
        assertEquals(Set.of(), fire(tolerant, oralMorphine("60")));
        assertEquals(Set.of(), fire(naive, oralMorphine("30")));
        assertEquals(
                Set.of("DOS-SD-007"),
                fire(naive, new IntrathecalAgent("clonidine", IntrathecalDrug.Role.ALPHA2_AGONIST)));
    }

    @Test
    void respiratoryMonitoringFollowsTheContextInTheLabelsWords() throws Exception {
        IntrathecalAgent morphine = new IntrathecalAgent("morphine", IntrathecalDrug.Role.OPIOID);
        PrescriptionSituation start = situation(PrescriptionContext.FIRST_DOSE, OpioidStatus.OPIOID_TOLERANT);
        PrescriptionSituation increase =
                new PrescriptionSituation(PrescriptionContext.DOSE_INCREASE, Optional.empty(), Optional.empty());
        PrescriptionSituation change = new PrescriptionSituation(
                PrescriptionContext.DRUG_OR_CONCENTRATION_CHANGE, Optional.empty(), Optional.empty());
        PrescriptionSituation continuation =
                new PrescriptionSituation(PrescriptionContext.CONTINUATION, Optional.empty(), Optional.empty());
        RespiratoryRisks apnoea = new RespiratoryRisks(List.of(new RespiratoryRisks.Present(
                RespiratoryRiskFactor.OBSTRUCTIVE_SLEEP_APNOEA,
                "patient.respiratoryRisk.obstructiveSleepApnoea",
                "yes")));
        assertEquals(Set.of("DOS-RM-001"), fire(start, morphine));
        assertEquals(
                Set.of("DOS-RM-001", "DOS-RM-002"), fire(start, morphine, new ImplantedPump("synchromed-ii-40ml")));
        assertEquals(Set.of("DOS-RM-003"), fire(increase, morphine));
        assertEquals(
                Set.of("DOS-RM-003", "DOS-RM-006", "DOS-RM-007"), fire(increase, morphine, apnoea, new PatientAge(70)));
        assertEquals(Set.of("DOS-RM-003"), fire(increase, morphine, new PatientAge(64)));
        assertEquals(Set.of("DOS-RM-004"), fire(change, morphine));
        assertEquals(Set.of("DOS-RM-001", "DOS-RM-008"), fire(start, morphine, oralMorphine("120")));
        // a continuation raises nothing, even with risk factors; no opioid, no respiratory finding
        assertEquals(Set.of(), fire(continuation, morphine, apnoea, new PatientAge(80)));
        assertEquals(Set.of(), fire(start, new IntrathecalAgent("baclofen", IntrathecalDrug.Role.GABA_B_AGONIST)));
        // a site that sets the monitoring time after a change (one shared figure with safety's revision period)
        String file = "shared/parameters.json";
        ObjectMapper json = new ObjectMapper();
        RulesetLoader loader = Knowledge.loader();
        var bundled = loader.bundled();
        ObjectNode root = (ObjectNode) json.readTree(bundled.file(file).orElseThrow());
        ObjectNode p = null;
        for (var node : root.path("parameters")) {
            if (node.path("key").asText().equals("respiratoryMonitoring.afterChangeOrRevision")) {
                p = (ObjectNode) node;
            }
        }
        assertNotNull(p, "the shared monitoring figure after a change or a revision");
        p.remove("noDefault");
        p.put("value", "24");
        Ruleset site = loader.load(bundled.with(file, json.writeValueAsString(root)));
        RuleEngine siteEngine = new RuleEngine();
        siteEngine.compile(site);
        assertEquals(Set.of("DOS-RM-005"), fire(site, siteEngine, change, morphine));
    }

    @Test
    void aDrugWithoutALibraryEntryOrAnEstablishedMaximumSaysSo() {
        assertEquals(Set.of("DOS-LM-006"), fire(load("2", "1", "1", Optional.empty(), false)));
        IntrathecalDrug ropivacaine = new IntrathecalDrug(
                "ropivacaine",
                IntrathecalDrug.Role.LOCAL_ANAESTHETIC,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("no verified maximum"),
                limit("100", Unit.MG_PER_DAY, Severity.CRITICAL),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        assertEquals(Set.of("DOS-LM-005"), fire(load("2.5", "1.75", "2.275", Optional.of(ropivacaine), false)));
    }

    @Test
    void theTitrationLimitShipsAt25PercentAndWithoutItLocalPolicyDecides() throws Exception {
        TitrationStep basal = new TitrationStep(
                "morphine", TitrationStep.Basis.BASAL, new BigDecimal("42.9"), new BigDecimal("0.3"), "mg/d");
        TitrationStep small = new TitrationStep(
                "morphine", TitrationStep.Basis.BASAL, new BigDecimal("16.7"), new BigDecimal("0.1"), "mg/d");
        TitrationStep max = new TitrationStep(
                "morphine",
                TitrationStep.Basis.MAX_DAILY_WITH_ALL_BOLUSES,
                new BigDecimal("100"),
                new BigDecimal("1.1"),
                "mg/d");
        TitrationStep ziconotide = new TitrationStep(
                "ziconotide", TitrationStep.Basis.BASAL, new BigDecimal("140"), new BigDecimal("0.7"), "ug/d", true);
        // the shipped warning-only default: 25 % a step, for drugs without a label schedule of their own
        assertEquals(Set.of("DOS-TI-001", "DOS-TI-002"), fire(basal, max));
        assertEquals(Set.of(), fire(small));
        assertEquals(Set.of(), fire(ziconotide));
        // a site that removes the default without a value of its own: local policy decides, at WARNING
        String file = "dosing/titration/parameters.json";
        ObjectMapper json = new ObjectMapper();
        RulesetLoader loader = Knowledge.loader();
        var bundled = loader.bundled();
        ObjectNode root = (ObjectNode) json.readTree(bundled.file(file).orElseThrow());
        ObjectNode p = (ObjectNode) root.path("parameters").get(0);
        p.remove("value");
        p.remove("shippedDefault");
        p.put("noDefault", "This site decides each step itself.");
        Ruleset site = loader.load(bundled.with(file, json.writeValueAsString(root)));
        RuleEngine siteEngine = new RuleEngine();
        siteEngine.compile(site);
        assertEquals(Set.of("DOS-TI-003"), fire(site, siteEngine, basal, max));
        assertEquals(Set.of(), fire(site, siteEngine, ziconotide));
        assertEquals(
                org.idds.cds.kernel.Severity.WARNING,
                site.rules().get("DOS-TI-003").severity());
    }

    @Test
    void theRateMustFitThePumpAndAgreeWithTheDose() {
        FigureRange range = new FigureRange(figure("0.048"), figure("24"));
        assertEquals(
                Set.of("DOS-DV-001"),
                fire(new DeliveryRate(
                        "pump",
                        Measure.of("0.02", "mL/d"),
                        Measure.of("0.02", "mL/d"),
                        Optional.of(range),
                        Optional.empty(),
                        Optional.empty())));
        assertEquals(
                Set.of("DOS-DV-002"),
                fire(new DeliveryRate(
                        "pump",
                        Measure.of("20", "mL/d"),
                        Measure.of("30", "mL/d"),
                        Optional.of(range),
                        Optional.empty(),
                        Optional.empty())));
        assertEquals(
                Set.of("DOS-DV-003"),
                fire(new DeliveryRate(
                        "pump",
                        Measure.of("7", "mL/d"),
                        Measure.of("7", "mL/d"),
                        Optional.of(range),
                        Optional.of(Measure.of("7", "mL/d")),
                        Optional.of(Measure.of("0.7", "mL/d")))));
        assertEquals(
                Set.of(),
                fire(new DeliveryRate(
                        "pump",
                        Measure.of("0.7", "mL/d"),
                        Measure.of("0.91", "mL/d"),
                        Optional.of(range),
                        Optional.of(Measure.of("0.7", "mL/d")),
                        Optional.of(Measure.of("0.7", "mL/d")))));
        assertEquals(Set.of("DOS-DV-006"), fire(new OffLabelDrug("clonidine", "pump", List.of("morphine"))));
    }

    @Test
    void theReservoirOverTime() {
        assertEquals(
                Set.of("DOS-DV-004", "DOS-RF-002"),
                fire(timing("45", "40", "30", Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(
                Set.of("DOS-DV-005", "DOS-RF-001"),
                fire(timing("40", "40", "41.8", Optional.of("60"), Optional.of("45"), Optional.empty())));
        assertEquals(
                Set.of("DOS-RF-003"),
                fire(timing("20", "20", "30", Optional.of("20"), Optional.of("90"), Optional.of("14"))));
    }

    @Test
    void ziconotideWithPsychosisIsCritical() {
        IntrathecalDrug entry = new IntrathecalDrug(
                "ziconotide",
                IntrathecalDrug.Role.N_TYPE_CALCIUM_CHANNEL_BLOCKER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                limit("100", Unit.UG_PER_DAY, Severity.CRITICAL),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        DrugLoad zic = new DrugLoad(
                "ziconotide",
                Measure.of("25", "ug/mL"),
                Measure.of("2.4", "ug/d"),
                Measure.of("2.4", "ug/d"),
                Optional.of(entry),
                false);
        DrugInReservoir inReservoir = new DrugInReservoir("ziconotide", Optional.of(Measure.of("25", "ug/mL")));
        assertEquals(Set.of("DOS-DC-001", "DOS-DC-003"), fire(zic, inReservoir, new PsychosisHistory(true)));
        assertEquals(Set.of("DOS-DC-003"), fire(zic, inReservoir, new PsychosisHistory(false)));
        // not known: not to be used until it is (the boxed warning's contraindication), whatever the dose
        assertEquals(
                Set.of("DOS-DC-002", "DOS-DC-003"),
                fire(new DrugInReservoir("ziconotide", Optional.empty()), new PsychosisHistoryNotGiven()));
        assertEquals(Set.of(), fire(new DrugInReservoir("morphine", Optional.empty()), new PsychosisHistoryNotGiven()));
    }

    @Test
    void aPatientBolusIsJudgedAgainstTheBasalDoseAndItsScheduleAgainstADay() {
        // 0.2 mg with 1.0 mg/d is a fifth of the day's basal dose: at the shipped limit, not above it
        assertEquals(Set.of(), fire(new BolusSize("morphine", Measure.of("0.2", "mg"), Measure.of("1.0", "mg/d"))));
        assertEquals(
                Set.of("DOS-DV-007"),
                fire(new BolusSize("morphine", Measure.of("0.5", "mg"), Measure.of("1.0", "mg/d"))));
        // 4 h x 6 fills the day exactly; 2 h x 24 is two days
        assertEquals(Set.of(), fire(new BolusSchedule(Measure.of("4", "h"), 6)));
        assertEquals(Set.of("DOS-DV-008"), fire(new BolusSchedule(Measure.of("2", "h"), 24)));
        assertEquals(Set.of("DOS-DV-008"), fire(new BolusSchedule(Measure.of("90", "min"), 17)));
    }

    @Test
    void aStepLargerOrSoonerThanTheDrugsOwnScheduleIsFlagged() {
        IntrathecalDrug.TitrationLimit label = new IntrathecalDrug.TitrationLimit(
                Optional.of(Quantity.of("2.4", Unit.UG_PER_DAY)),
                Optional.of(Quantity.of("1", Unit.DAY)),
                Verification.VERIFIED,
                "",
                List.of());
        assertEquals(
                Set.of("DOS-TI-004"),
                fire(new org.idds.cds.dosing.LibraryTitration(
                        "ziconotide", 0, label, Measure.of("3.6", "ug/d"), new BigDecimal("1.5"), Optional.of(3L))));
        assertEquals(
                Set.of("DOS-TI-004"),
                fire(new org.idds.cds.dosing.LibraryTitration(
                        "ziconotide", 0, label, Measure.of("1.2", "ug/d"), new BigDecimal("0.5"), Optional.of(0L))));
        assertEquals(
                Set.of(),
                fire(new org.idds.cds.dosing.LibraryTitration(
                        "ziconotide", 0, label, Measure.of("2.4", "ug/d"), new BigDecimal("1"), Optional.of(1L))));
    }

    @Test
    void aPlannedIntervalMeetsTheRefillByDateAndALongIntervalTheLongestCitedStability() {
        // Prometra (no alarm recorded): 100 days to empty at the programmed rate, refill-by on day 78.3 at the worst
        // case; a planned 99 days is beyond the refill-by date and beyond every studied stability (90 days)
        assertEquals(
                Set.of("DOS-DV-005", "DOS-RF-005", "DOS-RF-002"),
                fire(worstCase("100", Optional.of("99"), "78.3", Optional.empty(), Optional.empty())));
        assertEquals(
                Set.of("DOS-RF-002"),
                fire(worstCase("100", Optional.of("70"), "78.3", Optional.empty(), Optional.empty())));
        // morphine lasting 360 days: capped at the longest cited stability, with a warning; 90 days exactly passes
        assertEquals(
                Set.of("DOS-RF-005", "DOS-RF-002"),
                fire(worstCase("380", Optional.empty(), "360", Optional.empty(), Optional.empty())));
        assertEquals(
                Set.of("DOS-RF-002"),
                fire(worstCase("95", Optional.empty(), "90", Optional.empty(), Optional.empty())));
        // a shorter label limit (ziconotide, 40 days) or studied stability speaks instead of the cap
        assertEquals(
                Set.of("DOS-RF-003", "DOS-RF-002"),
                fire(worstCase("380", Optional.empty(), "375", Optional.empty(), Optional.of("40"))));
        assertEquals(
                Set.of("DOS-RF-001"),
                fire(worstCase("380", Optional.empty(), "360", Optional.of("90"), Optional.empty())));
    }

    @Test
    void stepsAreScopedByDrug() throws Exception {
        org.idds.cds.dosing.DoseStep.StartingTop naive = new org.idds.cds.dosing.DoseStep.StartingTop(
                "library.morphine.labelStartingDailyDose.OPIOID_NAIVE",
                Quantity.of("1", Unit.MG_PER_DAY),
                Verification.VERIFIED,
                "",
                List.of());
        Optional<IntrathecalDrug.Role> opioid = Optional.of(IntrathecalDrug.Role.OPIOID);
        // morphine 0.5 -> 5 mg/d, opioid-naive: more than double, above the naive start's top
        org.idds.cds.dosing.DoseStep tenfold = new org.idds.cds.dosing.DoseStep(
                "morphine",
                opioid,
                Measure.of("0.5", "mg/d"),
                Measure.of("5", "mg/d"),
                Measure.of("0.5", "mg/d"),
                Measure.of("5", "mg/d"),
                Optional.of(naive),
                "OPIOID_NAIVE",
                "startingRange.labelStart");
        assertEquals(Set.of("DOS-TI-005"), fire(tenfold));
        // morphine 0.1 -> 0.25 mg/d: more than double, but within the naive start
        org.idds.cds.dosing.DoseStep small = new org.idds.cds.dosing.DoseStep(
                "morphine",
                opioid,
                Measure.of("0.1", "mg/d"),
                Measure.of("0.25", "mg/d"),
                Measure.of("0.1", "mg/d"),
                Measure.of("0.25", "mg/d"),
                Optional.of(naive),
                "OPIOID_NAIVE",
                "startingRange.labelStart");
        assertEquals(Set.of(), fire(small));
        org.idds.cds.dosing.DoseStep clonidineUp = new org.idds.cds.dosing.DoseStep(
                "clonidine",
                Optional.of(IntrathecalDrug.Role.ALPHA2_AGONIST),
                Measure.of("100", "ug/d"),
                Measure.of("110", "ug/d"),
                Measure.of("100", "ug/d"),
                Measure.of("110", "ug/d"),
                Optional.empty(),
                "",
                "");
        assertEquals(Set.of("DOS-TI-006"), fire(clonidineUp));
        org.idds.cds.dosing.DoseStep clonidineDown = new org.idds.cds.dosing.DoseStep(
                "clonidine",
                Optional.of(IntrathecalDrug.Role.ALPHA2_AGONIST),
                Measure.of("300", "ug/d"),
                Measure.of("100", "ug/d"),
                Measure.of("300", "ug/d"),
                Measure.of("100", "ug/d"),
                Optional.empty(),
                "",
                "");
        assertEquals(Set.of("DOS-TI-010"), fire(clonidineDown));
        org.idds.cds.dosing.StepInterval recent = new org.idds.cds.dosing.StepInterval("morphine", Optional.of(2L));
        org.idds.cds.dosing.StepInterval undated = new org.idds.cds.dosing.StepInterval("morphine", Optional.empty());
        assertEquals(Set.of("DOS-TI-007"), fire(recent));
        // a site that sets a 7-day window
        String file = "dosing/titration/parameters.json";
        ObjectMapper json = new ObjectMapper();
        RulesetLoader loader = Knowledge.loader();
        var bundled = loader.bundled();
        ObjectNode root = (ObjectNode) json.readTree(bundled.file(file).orElseThrow());
        for (var node : root.path("parameters")) {
            if (node.path("key").asText().equals("dosing.titration.window")) {
                ((ObjectNode) node).remove("noDefault");
                ((ObjectNode) node).put("value", "7");
            }
        }
        String limits = "dosing/limits/parameters.json";
        ObjectNode limitsRoot = (ObjectNode) json.readTree(bundled.file(limits).orElseThrow());
        for (var node : limitsRoot.path("parameters")) {
            if (node.path("key").asText().equals("dosing.limits.ropivacaine.dailyCeiling")) {
                ((ObjectNode) node).remove("noDefault");
                ((ObjectNode) node).put("value", "10");
            }
        }
        Ruleset site = loader.load(
                bundled.with(file, json.writeValueAsString(root)).with(limits, json.writeValueAsString(limitsRoot)));
        RuleEngine siteEngine = new RuleEngine();
        siteEngine.compile(site);
        assertEquals(Set.of("DOS-TI-008"), fire(site, siteEngine, recent));
        assertEquals(
                Set.of(), fire(site, siteEngine, new org.idds.cds.dosing.StepInterval("morphine", Optional.of(9L))));
        assertEquals(Set.of("DOS-TI-009"), fire(site, siteEngine, undated));
        // local anaesthetic ceilings
        IntrathecalDrug ropivacaine = new IntrathecalDrug(
                "ropivacaine",
                IntrathecalDrug.Role.LOCAL_ANAESTHETIC,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("none"),
                limit("100", Unit.MG_PER_DAY, Severity.CRITICAL),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        DrugLoad ropi = new DrugLoad(
                "ropivacaine",
                Measure.of("2.5", "mg/mL"),
                Measure.of("15", "mg/d"),
                Measure.of("15", "mg/d"),
                Optional.of(ropivacaine),
                false);
        assertEquals(Set.of("DOS-LM-005", "DOS-LM-009"), fire(ropi));
        assertEquals(Set.of("DOS-LM-005", "DOS-LM-010"), fire(site, siteEngine, ropi));
        IntrathecalDrug bupivacaine = new IntrathecalDrug(
                "bupivacaine",
                IntrathecalDrug.Role.LOCAL_ANAESTHETIC,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("none"),
                limit("100", Unit.MG_PER_DAY, Severity.CRITICAL),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        DrugLoad bupi = new DrugLoad(
                "bupivacaine",
                Measure.of("30", "mg/mL"),
                Measure.of("24", "mg/d"),
                Measure.of("24", "mg/d"),
                Optional.of(bupivacaine),
                false);
        assertEquals(Set.of("DOS-LM-005", "DOS-LM-008"), fire(bupi));
    }

    @Test
    void aChangeOfDrugOrConcentrationIsNeverAPercentageStep() {
        org.idds.cds.dosing.DrugConversion above = new org.idds.cds.dosing.DrugConversion(
                "morphine",
                "hydromorphone",
                Measure.of("5", "mg/d"),
                Measure.of("5", "mg/d"),
                Optional.of(Measure.of("5", "mg/d").divide(org.idds.cds.kernel.units.Ratio.of(6))),
                Optional.of("/ 6"),
                Optional.empty());
        assertEquals(Set.of("DOS-DX-001"), fire(above));
        org.idds.cds.dosing.DrugConversion farBelow = new org.idds.cds.dosing.DrugConversion(
                "morphine",
                "hydromorphone",
                Measure.of("6", "mg/d"),
                Measure.of("0.2", "mg/d"),
                Optional.of(Measure.of("1", "mg/d")),
                Optional.of("/ 6"),
                Optional.empty());
        assertEquals(Set.of("DOS-DX-002"), fire(farBelow));
        assertEquals(
                Set.of("DOS-DX-003"),
                fire(new org.idds.cds.dosing.DrugConversion(
                        "morphine",
                        "fentanyl",
                        Measure.of("5", "mg/d"),
                        Measure.of("100", "ug/d"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));
        org.idds.cds.dosing.ConcentrationChange unchangedRate = new org.idds.cds.dosing.ConcentrationChange(
                "morphine",
                Measure.of("10", "mg/mL"),
                Measure.of("20", "mg/mL"),
                Measure.of("5", "mg/d"),
                Measure.of("0.25", "mL/d"),
                Optional.of(Measure.of("0.5", "mL/d")),
                false,
                Optional.of(Measure.of("10", "mg/d")),
                Optional.empty(),
                List.of("fluidPath.catheterVolume"));
        assertEquals(
                Set.of("DOS-DX-004", "DOS-DX-005", "DOS-DX-006"),
                fire(
                        unchangedRate,
                        new org.idds.cds.dosing.PrescriptionSituation(
                                org.idds.cds.dosing.PrescriptionContext.CONTINUATION,
                                Optional.empty(),
                                Optional.empty())));
        assertEquals(
                Set.of("DOS-DX-007"),
                fire(new org.idds.cds.dosing.PrimingBolus(
                        Optional.empty(), Optional.empty(), List.of("fluidPath.catheterVolume"))));
    }

    @AfterAll
    static void everyDosingRuleFiresInAScenario() {
        Set<String> dosing = ruleset.rules().keySet().stream()
                .filter(id -> id.startsWith("DOS-"))
                .collect(Collectors.toSet());
        assertFalse(dosing.isEmpty());
        Set<String> missing = new HashSet<>(dosing);
        missing.removeAll(FIRED);
        missing.remove("DOS-RF-004"); // fires with every fill: PrescriptionCheckTest
        assertTrue(missing.isEmpty(), "dosing rules no scenario fires: " + missing);
    }

    private static ReservoirTiming timing(
            String fill,
            String reservoir,
            String toAlarm,
            Optional<String> planned,
            Optional<String> stability,
            Optional<String> label) {
        return new ReservoirTiming(
                Optional.of(Measure.of(fill, "mL")),
                Optional.of(Measure.of(reservoir, "mL")),
                Optional.of(Measure.of(toAlarm, "d")),
                planned.map(p -> Measure.of(p, "d")),
                stability.map(s -> Measure.of(s, "d")),
                stability.isPresent(),
                label.map(l -> Measure.of(l, "d")),
                Optional.empty(),
                List.of(),
                Optional.of(Measure.of(toAlarm, "d")),
                Optional.empty(),
                true);
    }

    /** The reservoir's refill-by interval at the worst case beside the days to the alarm at the programmed rate. */
    private static ReservoirTiming worstCase(
            String toAlarm,
            Optional<String> planned,
            String refillBy,
            Optional<String> stability,
            Optional<String> label) {
        return new ReservoirTiming(
                Optional.of(Measure.of("40", "mL")),
                Optional.of(Measure.of("40", "mL")),
                Optional.of(Measure.of(toAlarm, "d")),
                planned.map(p -> Measure.of(p, "d")),
                stability.map(x -> Measure.of(x, "d")),
                stability.isPresent(),
                label.map(l -> Measure.of(l, "d")),
                Optional.empty(),
                List.of(),
                Optional.of(Measure.of(refillBy, "d")),
                Optional.empty(),
                true);
    }

    private static DeviceFigure figure(String value) {
        return new DeviceFigure(new BigDecimal(value), "mL/d", Verification.UNVERIFIED, Optional.empty(), List.of());
    }
}
