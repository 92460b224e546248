package org.idds.cds.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Stored bodies are gzip-compressed in the service: a 17 KB answer becomes about 5 KB on disk and in the WAL. The
 * fastest level with one reused {@link Deflater} (and output buffer) per thread costs about half of a new default-level stream
 * (measured by the serialisation benchmark) for output about 13% larger. The output is standard gzip (RFC 1952),
 * readable by {@code gunzip} and by {@link #decompress}.
 */
final class Gzip {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** A thread's output buffer is kept up to this size (a larger one, for an unusually large body, is dropped). */
    private static final int KEPT_BUFFER_BYTES = 256 * 1024;

    private static final ThreadLocal<Compressor> COMPRESSOR = ThreadLocal.withInitial(Compressor::new);

    /** One thread's deflater, checksum and output buffer, reused from call to call. */
    private static final class Compressor {
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final CRC32 crc = new CRC32();
        private byte[] buffer = new byte[16 * 1024];
    }

    private Gzip() {}

    /**
     * The data as one gzip member: compressed into the thread's buffer, then copied once into an array of the exact
     * size (no stream, no per-call buffers).
     */
    static byte[] compress(byte[] data) {
        Compressor c = COMPRESSOR.get();
        Deflater deflater = c.deflater;
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = c.buffer;
        int length = HEADER.length;
        System.arraycopy(HEADER, 0, buffer, 0, length);
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        deflater.reset(); // lets go of the input array
        if (buffer.length <= KEPT_BUFFER_BYTES) {
            c.buffer = buffer;
        }
        byte[] out = Arrays.copyOf(buffer, length + 8);
        c.crc.reset();
        c.crc.update(data);
        writeIntLittleEndian(out, length, (int) c.crc.getValue());
        writeIntLittleEndian(out, length + 4, data.length);
        return out;
    }

    static byte[] decompress(byte[] data) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIntLittleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
    }
}
