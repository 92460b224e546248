package org.idds.cds.selection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
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
 * Serialising the seed fixture's candidacy response (about 20 kB of JSON) as the endpoint and the audit do, and
 * gzip of it, since the audit store is to keep compressed bodies. {@link #baselineTinyRecord} is the yardstick every
 * other score in the run is divided by.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.jboss.logging.provider=jdk"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class SerialisationBench {

    /** Baseline: the same ObjectMapper writing a three-field record (the ruleset reference) to bytes. */
    @Benchmark
    public byte[] baselineTinyRecord(SeedCase seed) throws JsonProcessingException {
        return seed.json.writeValueAsBytes(seed.tiny);
    }

    @Benchmark
    public byte[] responseToJsonBytes(SeedCase seed) {
        return seed.responseJson();
    }

    /** JSON bytes, then GZIPOutputStream (default level 6, a new Deflater each time) into a byte array. */
    @Benchmark
    public byte[] responseToGzippedJson(SeedCase seed) {
        return seed.responseJsonGzipped();
    }

    /** JSON bytes, then gzip at level 1 (BEST_SPEED) with a Deflater reused across calls: the cheap way to compress. */
    @Benchmark
    public byte[] responseToGzippedJsonFastReused(SeedCase seed, FastGzip gzip) {
        return gzip.compress(seed.responseJson());
    }

    /** gzip framing (RFC 1952) around one reused raw Deflater; one per thread. */
    @State(Scope.Thread)
    public static class FastGzip {
        private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final CRC32 crc = new CRC32();
        private byte[] buffer = new byte[64 * 1024];

        @Setup
        public void check(SeedCase seed) throws IOException {
            byte[] raw = seed.responseJson();
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compress(raw)))) {
                if (!Arrays.equals(raw, in.readAllBytes())) {
                    throw new IllegalStateException("FastGzip does not round-trip");
                }
            }
        }

        public byte[] compress(byte[] raw) {
            deflater.reset();
            crc.reset();
            crc.update(raw);
            deflater.setInput(raw);
            deflater.finish();
            int length = HEADER.length;
            System.arraycopy(HEADER, 0, buffer, 0, length);
            while (!deflater.finished()) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                length += deflater.deflate(buffer, length, buffer.length - length);
            }
            byte[] out = Arrays.copyOf(buffer, length + 8);
            int c = (int) crc.getValue();
            int n = raw.length;
            for (int i = 0; i < 4; i++) {
                out[length + i] = (byte) (c >>> (8 * i));
                out[length + 4 + i] = (byte) (n >>> (8 * i));
            }
            return out;
        }
    }
}
