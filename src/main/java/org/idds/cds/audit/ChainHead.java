package org.idds.cds.audit;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest row of the audit's hash chain: its position and its row hash (64 hex digits). Written and read as
 * {@code <seq>:<hex>}, in the head file and on {@code bin/verify-audit}'s command line.
 */
public record ChainHead(long seq, String rowHash) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,18}):([0-9a-fA-F]{64})");

    public ChainHead {
        if (seq < 1) {
            throw new IllegalArgumentException("a chain head's seq starts at 1");
        }
        if (!rowHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a chain head's hash is 64 lower-case hex digits");
        }
    }

    static ChainHead of(long seq, byte[] rowHash) {
        return new ChainHead(seq, HexFormat.of().formatHex(rowHash));
    }

    /** Parses {@code <seq>:<hex>}; surrounding white space is ignored. */
    public static ChainHead parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new MalformedChainHeadException("a chain head is <seq>:<64 hex digits>");
        }
        return new ChainHead(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return seq + ":" + rowHash;
    }
}
