package org.idds.cds.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.selection.service.SeedCase;
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
 * The audit store's compression of the three stored bodies of one answer (the request as received, the request as
 * read, the answer), as {@link JdbcAssessmentStore#append(NewAssessment)} does it on the caller's thread before the
 * row is queued: the seed fixture's candidacy request and answer. Read as a ratio to
 * {@code SerialisationBench.baselineTinyRecord} from the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.jboss.logging.provider=jdk"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class AuditCompressionBench {

    /** The row of the seed fixture's candidacy answer, as the service hands it to the store. */
    @State(Scope.Benchmark)
    public static class AnsweredRow {
        NewAssessment row;

        @Setup
        public void setUp(SeedCase seed) {
            row = new NewAssessment(
                    new AssessmentColumns(
                            UUID.randomUUID(),
                            AssessmentKind.CANDIDACY,
                            seed.response.verdict().name(),
                            Instant.now(),
                            seed.ruleset.version(),
                            seed.ruleset.contentHash(),
                            Optional.of("fixture-seed000-case2")),
                    new ReceivedRequest("candidacy-request/3", seed.raw, seed.requestBody),
                    seed.responseJson(),
                    seed.caller);
            JdbcAssessmentStore.Bodies bodies = JdbcAssessmentStore.compress(row);
            if (!java.util.Arrays.equals(Gzip.decompress(bodies.response()), row.responseBody())) {
                throw new IllegalStateException("the stored answer does not decompress to the answer");
            }
        }
    }

    /** The three bodies gzip-compressed (level 1, the thread's reused Deflater and buffer), as production stores them. */
    @Benchmark
    public Object storeCompressesThreeBodies(AnsweredRow r) {
        return JdbcAssessmentStore.compress(r.row);
    }
}
