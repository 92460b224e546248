package org.idds.cds.selection.service;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.engine.EngineResult;
import org.idds.cds.selection.CandidacyAssessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The decision path for the seed fixture, from the engine alone up to the service method without its database.
 * Read the scores as ratios to {@code SerialisationBench.baselineTinyRecord} from the same run (see JmhMain's report), not
 * as absolute times. Drools and the service code need 8 to 12 s of warm-up on a shared 2-core machine before the scores
 * settle (the JIT compiler competes for the same cores).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.jboss.logging.provider=jdk"})
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 4, time = 1)
public class EvaluationBench {

    /** {@code RuleEngine.evaluate(version, facts)}: a fresh KieSession, facts inserted, rules fired, session disposed. */
    @Benchmark
    public EngineResult engineEvaluate(SeedCase seed) {
        return seed.engineOnly();
    }

    /** CaseFacts + engine + Evaluation into the CandidacyAssessment record (no JSON, no store). */
    @Benchmark
    public CandidacyAssessment evaluateToResponseRecord(SeedCase seed) {
        return seed.evaluateToRecord();
    }

    /** The production AssessmentService.assessCandidacy: as above plus JSON text, with an audit store that keeps nothing. */
    @Benchmark
    public Recorded<CandidacyAssessment> assessCandidacyWithoutStore(SeedCase seed) {
        return seed.service.assessCandidacy(
                seed.candidacyCase,
                Optional.of("fixture-seed000-case2"),
                new ReceivedRequest("candidacy-request/3", seed.raw, seed.requestBody),
                seed.caller);
    }
}
