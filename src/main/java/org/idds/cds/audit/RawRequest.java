package org.idds.cds.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A request body exactly as received (bytes, not re-encoded) with its SHA-256, stored beside the parsed form. */
public record RawRequest(byte[] bytes, String sha256) {

    public RawRequest {
        bytes = bytes.clone();
    }

    public static RawRequest of(byte[] bytes) {
        try {
            return new RawRequest(
                    bytes,
                    "sha256:"
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes gzip-compressed for the audit row, read in place (no copy). */
    byte[] compressed() {
        return Gzip.compress(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawRequest r && Arrays.equals(bytes, r.bytes) && sha256.equals(r.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + sha256.hashCode();
    }

    @Override
    public String toString() {
        return "RawRequest[" + bytes.length + " bytes, " + sha256 + "]";
    }
}
