package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The stored bodies are standard gzip and come back byte for byte, whatever their size or content, also when a thread's
 * reused buffer had to grow or was dropped before.
 */
class GzipTest {

    @Test
    void roundTripsEmptyTextBinaryAndLargeBodies() throws Exception {
        Random random = new Random(42);
        byte[] binary = new byte[200_000];
        random.nextBytes(binary);
        byte[] larger = new byte[300_000]; // beyond the output buffer a thread keeps
        random.nextBytes(larger);
        byte[] json = "{\"verdict\":\"CANDIDATE\",\"é\":\"ü\"}".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        for (byte[] body : new byte[][] {
            new byte[0],
            "{}".getBytes(StandardCharsets.UTF_8),
            json,
            binary,
            larger,
            "{}".getBytes(StandardCharsets.UTF_8),
            json
        }) {
            byte[] compressed = Gzip.compress(body);
            assertArrayEquals(body, Gzip.decompress(compressed));
            assertArrayEquals(
                    body, new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes(), "standard gzip");
        }
        assertTrue(Gzip.compress(json).length < json.length / 5, "repetitive JSON compresses");
    }
}
