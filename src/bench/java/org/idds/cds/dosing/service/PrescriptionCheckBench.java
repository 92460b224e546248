package org.idds.cds.dosing.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.RawRequest;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.bench.BenchJson;
import org.idds.cds.dosing.DosingCalculator;
import org.idds.cds.dosing.Prescription;
import org.idds.cds.dosing.PrescriptionCheckResult;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.selection.service.SeedCase;
import org.idds.cds.support.Prescriptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The prescription check of seed 000 case 1 (SynchroMed II 40 mL, hydromorphone + ropivacaine + clonidine, basal and
 * patient bolus, a fill): the calculations alone, and the service method with its rules and JSON but without a
 * database. Read as ratios to {@code SerialisationBench.baselineTinyRecord} from the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.jboss.logging.provider=jdk"})
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 4, time = 1)
public class PrescriptionCheckBench {

    @State(Scope.Benchmark)
    public static class SeedPrescription {

        Ruleset ruleset;
        Prescription prescription;
        PrescriptionCheckService service;
        ReceivedRequest request;
        Caller caller = new Caller("bench-clinician", Caller.ReadScope.ANY);

        @Setup
        public void setUp() {
            java.util.logging.Logger.getLogger("org.idds.cds").setLevel(java.util.logging.Level.WARNING);
            java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
            java.util.logging.Logger.getLogger("org.kie").setLevel(java.util.logging.Level.WARNING);
            ObjectMapper json = BenchJson.mapper();
            RuleEngine engine = new RuleEngine();
            Rulesets rulesets = org.idds.cds.bench.BenchRulesets.load(engine);
            ruleset = rulesets.active();
            prescription = Prescriptions.forPump(
                    "synchromed-ii-40ml",
                    List.of(
                            new Prescription.ReservoirDrug("hydromorphone", Quantity.of("1000", Unit.UG_PER_ML)),
                            new Prescription.ReservoirDrug("ropivacaine", Quantity.of("2500", Unit.UG_PER_ML)),
                            new Prescription.ReservoirDrug("clonidine", Quantity.of("75", Unit.UG_PER_ML))),
                    Optional.of(new Prescription.DrugDose("hydromorphone", Quantity.of("700", Unit.UG_PER_DAY))),
                    Optional.empty(),
                    Optional.of(new Prescription.PatientBolus(Quantity.of("30", Unit.UG), Optional.empty(), 7)),
                    Optional.empty(),
                    Optional.of(new Prescription.Fill(LocalDate.parse("2026-12-01"), Quantity.of("40", Unit.ML))),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.empty());
            // checked as on the prescription's fill date, so its dates stay inside their windows
            org.idds.cds.audit.AnswerClock onFillDate = new org.idds.cds.audit.AnswerClock() {
                @Override
                public java.time.Instant now() {
                    return java.time.Instant.parse("2026-12-01T12:00:00Z");
                }
            };
            service = new PrescriptionCheckService(
                    rulesets,
                    engine,
                    onFillDate,
                    new org.idds.cds.audit.AnswerRecorder(SeedCase.NO_STORE, json, SeedCase.NO_METRICS));
            String body = "{\"deviceId\":\"synchromed-ii-40ml\"}";
            request = new ReceivedRequest(
                    "prescription-check-request/1",
                    RawRequest.of(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    body);
            var check = service.check(prescription, Optional.empty(), request, caller)
                    .result();
            if (check.calculations().stream().noneMatch(s -> s.id().equals("daysToAlarmWithBoluses"))) {
                throw new IllegalStateException("the seed prescription no longer computes its days to the alarm");
            }
        }
    }

    /** The calculations with their steps and the rule facts (no rules, no JSON). */
    @Benchmark
    public DosingCalculator.DosingCalculation calculateOnly(SeedPrescription seed) {
        return new DosingCalculator(seed.ruleset.content().drugLibrary(), seed.ruleset.parameters())
                .calculate(
                        seed.prescription,
                        seed.ruleset.content().deviceModels().stream()
                                .filter(d -> d.id().equals("synchromed-ii-40ml"))
                                .findFirst()
                                .orElseThrow());
    }

    /** The production PrescriptionCheckService.check: calculations, dosing rules, views and JSON; no database. */
    @Benchmark
    public Recorded<PrescriptionCheckResult> checkWithoutStore(SeedPrescription seed) {
        return seed.service.check(seed.prescription, Optional.empty(), seed.request, seed.caller);
    }
}
