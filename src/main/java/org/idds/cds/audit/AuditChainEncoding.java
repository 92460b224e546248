package org.idds.cds.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The audit hash chain's row encoding, recomputed in Java so that the verifier trusts nothing the database's owner
 * could replace (the same encoding as the SQL function {@code assessment_chain_encoding} of migration V7; a test
 * holds them equal on stored rows). Version {@value #V1}: the version name, seq, recorded_at, backfilled, then every
 * column of the assessment row in {@link #V1_COLUMNS} order; each field a 4-byte big-endian length and its bytes, or
 * the length -1 alone for NULL. uuid is its 16 bytes, text UTF-8, timestamptz int8 microseconds since 1970 UTC.
 * Version {@value #V2} (migration V9): the same under its own name, with {@code response_schema} appended.
 *
 * <p>A migration that adds a column to {@code assessment} adds a version here (and in SQL); stored rows keep theirs.
 * A column a row's version does not cover must be NULL in that row ({@link #uncoveredButSet}): it was added after the
 * row was chained.
 */
final class AuditChainEncoding {

    static final String V1 = "idds-chain/1";
    static final String V2 = "idds-chain/2";

    private enum Type {
        UUID,
        TEXT,
        TIMESTAMPTZ,
        BYTEA
    }

    private record Column(String name, Type type) {}

    private static final List<Column> V1_LAYOUT = List.of(
            new Column("id", Type.UUID),
            new Column("kind", Type.TEXT),
            new Column("outcome", Type.TEXT),
            new Column("created_at", Type.TIMESTAMPTZ),
            new Column("ruleset_version", Type.TEXT),
            new Column("ruleset_hash", Type.TEXT),
            new Column("case_reference", Type.TEXT),
            new Column("request_json", Type.TEXT),
            new Column("response_json", Type.TEXT),
            new Column("request_raw", Type.BYTEA),
            new Column("request_sha256", Type.TEXT),
            new Column("request_parsed", Type.BYTEA),
            new Column("response_body", Type.BYTEA),
            new Column("created_by", Type.TEXT),
            new Column("app_version", Type.TEXT),
            new Column("app_commit", Type.TEXT),
            new Column("request_schema", Type.TEXT));

    private static final List<Column> V2_LAYOUT = Stream.concat(
                    V1_LAYOUT.stream(), Stream.of(new Column("response_schema", Type.TEXT)))
            .toList();

    private static final Map<String, List<Column>> LAYOUTS = Map.of(V1, V1_LAYOUT, V2, V2_LAYOUT);

    /** The assessment columns version {@value #V1} covers, in order. */
    static final List<String> V1_COLUMNS = V1_LAYOUT.stream().map(Column::name).toList();

    /** The assessment columns version {@value #V2} covers, in order. */
    static final List<String> V2_COLUMNS = V2_LAYOUT.stream().map(Column::name).toList();

    /** The newest version, the one new rows are chained with (the trigger function of migration V9). */
    static final String CURRENT = V2;

    private static final List<Column> CURRENT_LAYOUT = V2_LAYOUT;

    /** The newest version's columns: the columns a current assessment row must have, no more. */
    static final List<String> CURRENT_COLUMNS = V2_COLUMNS;

    static final byte[] GENESIS = new byte[32];

    private AuditChainEncoding() {}

    /**
     * The encoding of one chain position over the assessment row that {@code row} is positioned on (its columns read
     * by name).
     */
    static byte[] encode(String version, long seq, Instant recordedAt, boolean backfilled, ResultSet row)
            throws SQLException {
        List<Column> layout = LAYOUTS.get(version);
        if (layout == null) {
            throw new UnknownChainEncodingException(version);
        }
        Fields out = new Fields();
        out.add(version.getBytes(StandardCharsets.UTF_8));
        out.add(ByteBuffer.allocate(8).putLong(seq).array());
        out.add(micros(recordedAt));
        out.add(new byte[] {(byte) (backfilled ? 1 : 0)});
        for (Column column : layout) {
            out.add(read(row, column));
        }
        return out.bytes();
    }

    /**
     * The columns of the current layout that {@code version} does not cover but that hold a value in the row
     * {@code row} is positioned on: such a column was added after the row was chained, so it was NULL then and a
     * value now is a change the row's hash cannot show.
     */
    static List<String> uncoveredButSet(String version, ResultSet row) throws SQLException {
        List<Column> layout = LAYOUTS.get(version);
        if (layout == null) {
            throw new UnknownChainEncodingException(version);
        }
        java.sql.ResultSetMetaData meta = row.getMetaData();
        List<String> present = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            present.add(meta.getColumnName(i));
        }
        List<String> set = new ArrayList<>();
        for (Column column : CURRENT_LAYOUT) {
            // a database behind this build may lack the column: then it is not set either
            if (!layout.contains(column) && present.contains(column.name()) && read(row, column) != null) {
                set.add(column.name());
            }
        }
        return set;
    }

    static byte[] rowHash(byte[] prevHash, byte[] encoding) {
        MessageDigest sha256 = sha256();
        sha256.update(prevHash);
        return sha256.digest(encoding);
    }

    private static byte[] read(ResultSet row, Column column) throws SQLException {
        return switch (column.type()) {
            case UUID -> {
                UUID id = row.getObject(column.name(), UUID.class);
                yield id == null
                        ? null
                        : ByteBuffer.allocate(16)
                                .putLong(id.getMostSignificantBits())
                                .putLong(id.getLeastSignificantBits())
                                .array();
            }
            case TEXT -> {
                String text = row.getString(column.name());
                yield text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            }
            case TIMESTAMPTZ -> {
                OffsetDateTime at = row.getObject(column.name(), OffsetDateTime.class);
                yield at == null ? null : micros(at.toInstant());
            }
            case BYTEA -> row.getBytes(column.name());
        };
    }

    private static byte[] micros(Instant at) {
        return ByteBuffer.allocate(8)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, at))
                .array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Length-prefixed fields. */
    private static final class Fields {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

        void add(byte[] value) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
                out.writeBytes(value);
            }
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
