package org.idds.cds.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the audit's hash chain over plain JDBC, on a connection of the read-only audit role, in one read-only
 * repeatable-read transaction (a consistent snapshot while the service keeps writing). It walks the chain in seq order
 * and recomputes every row hash in Java ({@link AuditChainEncoding}) from the stored assessment row, so no function
 * the database's owner could replace is trusted; it checks the links, that seq has no gap, that every assessment row is
 * chained exactly once, that each row's created_at is within {@code maxLag} of when the chain recorded it, and
 * compares the chain with a head kept outside the database.
 *
 * <p>What only the kept head catches: a row rewritten by the owner together with every chain row after it (the chain
 * is then consistent in itself), and a deleted tail (rows and chain rows removed from the end).
 */
public final class AuditVerifier {

    /** What can be wrong. */
    public enum Problem {
        ROW_CHANGED("row changed (hash mismatch)"),
        ROW_MISSING("row missing (deleted)"),
        LINK_BROKEN("chain link broken"),
        CHAIN_REWRITTEN("chain rewritten (differs from the kept head)"),
        TAIL_DELETED("tail deleted (chain shorter than the kept head)"),
        UNCHAINED("row not in the chain"),
        CHAINED_TWICE("row chained more than once"),
        CREATED_AT_FAR_FROM_RECORDED_AT("created_at far from when the row was recorded"),
        COLUMNS_NOT_COVERED("assessment columns the chain encoding does not cover");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One problem found; the detail names seq and assessment id, never patient data. */
    public record Finding(Problem problem, String detail) {}

    /** The result of one verification. */
    public record Report(
            long chainRows,
            long backfilledRows,
            Optional<ChainHead> databaseHead,
            Optional<ChainHead> keptHead,
            List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }

        public boolean intact() {
            return findings.isEmpty() && keptHead.isPresent();
        }

        public boolean has(Problem problem) {
            return findings.stream().anyMatch(f -> f.problem() == problem);
        }

        /** 0 intact, 1 problems found, 2 not fully checked (no kept head to compare with). */
        public int exitCode() {
            return !findings.isEmpty() ? 1 : keptHead.isPresent() ? 0 : 2;
        }

        /** A short human report: each kind of problem with its count and at most 20 examples. */
        public String text() {
            StringBuilder s = new StringBuilder();
            s.append("audit chain: ")
                    .append(chainRows)
                    .append(" rows (")
                    .append(backfilledRows)
                    .append(" chained by the migration); database head ")
                    .append(databaseHead.map(ChainHead::toString).orElse("none"))
                    .append('\n');
            s.append("kept head: ")
                    .append(keptHead.map(ChainHead::toString)
                            .orElse("none given: a rewritten chain or a deleted tail cannot be detected"))
                    .append('\n');
            Map<Problem, List<Finding>> byProblem = new EnumMap<>(Problem.class);
            findings.forEach(f -> byProblem
                    .computeIfAbsent(f.problem(), p -> new ArrayList<>())
                    .add(f));
            byProblem.forEach((problem, list) -> {
                s.append(problem.label()).append(": ").append(list.size()).append('\n');
                list.stream()
                        .limit(20)
                        .forEach(f -> s.append("  ").append(f.detail()).append('\n'));
                if (list.size() > 20) {
                    s.append("  ... and ").append(list.size() - 20).append(" more\n");
                }
            });
            s.append(
                    switch (exitCode()) {
                        case 0 -> "INTACT\n";
                        case 1 -> "PROBLEMS FOUND\n";
                        default -> "NOT FULLY CHECKED\n";
                    });
            return s.toString();
        }
    }

    private static final String WALK = "select c.seq, c.assessment_id as chained_id, c.prev_hash, c.row_hash,"
            + " c.recorded_at, c.encoding, c.backfilled, a.*"
            + " from assessment_chain c left join assessment a on a.id = c.assessment_id order by c.seq";
    private static final String UNCHAINED = "select a.id from assessment a where not exists"
            + " (select 1 from assessment_chain c where c.assessment_id = a.id) order by a.created_at, a.id";
    private static final String TWICE = "select assessment_id, count(*) from assessment_chain"
            + " group by assessment_id having count(*) > 1 order by assessment_id";
    private static final String COLUMNS = "select column_name from information_schema.columns"
            + " where table_schema = 'public' and table_name = 'assessment'";

    private final Duration maxLag;

    /** {@code maxLag}: the caller timeout plus a clock-skew allowance. */
    public AuditVerifier(Duration maxLag) {
        this.maxLag = maxLag;
    }

    /** Verifies the chain on {@code reader} (its transaction is rolled back at the end). */
    public Report verify(Connection reader, Optional<ChainHead> kept) throws SQLException {
        reader.setAutoCommit(false);
        try (Statement s = reader.createStatement()) {
            s.execute("set transaction isolation level repeatable read, read only");
            s.execute("set local search_path = pg_catalog, public");
            return walk(reader, s, kept);
        } finally {
            reader.rollback();
        }
    }

    private Report walk(Connection reader, Statement s, Optional<ChainHead> kept) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        try (ResultSet r = s.executeQuery(COLUMNS)) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        Set<String> uncovered = new HashSet<>(columns);
        AuditChainEncoding.CURRENT_COLUMNS.forEach(uncovered::remove);
        uncovered.stream().sorted().forEach(c -> findings.add(new Finding(Problem.COLUMNS_NOT_COVERED, "column " + c)));

        long expected = 1;
        long rows = 0;
        long backfilled = 0;
        byte[] previousHash = AuditChainEncoding.GENESIS;
        Optional<ChainHead> databaseHead = Optional.empty();
        boolean keptSeen = false;
        try (Statement walk = reader.createStatement()) {
            walk.setFetchSize(200);
            try (ResultSet r = walk.executeQuery(WALK)) {
                while (r.next()) {
                    long seq = r.getLong("seq");
                    UUID id = r.getObject("chained_id", UUID.class);
                    byte[] prevHash = r.getBytes("prev_hash");
                    byte[] rowHash = r.getBytes("row_hash");
                    Instant recordedAt =
                            r.getObject("recorded_at", OffsetDateTime.class).toInstant();
                    boolean isBackfilled = r.getBoolean("backfilled");
                    rows++;
                    if (isBackfilled) {
                        backfilled++;
                    }
                    String where = "seq " + seq + ", assessment " + id;
                    if (seq != expected) {
                        findings.add(new Finding(
                                Problem.ROW_MISSING,
                                expected == seq - 1
                                        ? "chain seq " + expected + " absent"
                                        : "chain seq " + expected + " to " + (seq - 1) + " absent"));
                    } else if (!Arrays.equals(prevHash, previousHash)) {
                        findings.add(
                                new Finding(Problem.LINK_BROKEN, where + ": prev_hash is not the previous row's hash"));
                    }
                    if (r.getObject("id") == null) {
                        findings.add(new Finding(Problem.ROW_MISSING, where + ": the assessment row is gone"));
                    } else {
                        checkRow(r, seq, recordedAt, isBackfilled, prevHash, rowHash, where, findings);
                    }
                    ChainHead here = ChainHead.of(seq, rowHash);
                    if (kept.isPresent() && seq == kept.get().seq()) {
                        keptSeen = true;
                        if (!here.equals(kept.get())) {
                            findings.add(new Finding(
                                    Problem.CHAIN_REWRITTEN,
                                    "the row at the kept head's seq " + seq + " has hash " + here.rowHash()
                                            + ", the kept head " + kept.get().rowHash()));
                        }
                    }
                    databaseHead = Optional.of(here);
                    previousHash = rowHash;
                    expected = seq + 1;
                }
            }
        }
        if (kept.isPresent() && !keptSeen) {
            long last = databaseHead.map(ChainHead::seq).orElse(0L);
            findings.add(
                    last < kept.get().seq()
                            ? new Finding(
                                    Problem.TAIL_DELETED,
                                    "the chain ends at seq " + last + "; the kept head is at seq "
                                            + kept.get().seq())
                            : new Finding(
                                    Problem.CHAIN_REWRITTEN,
                                    "the kept head's seq " + kept.get().seq() + " is absent from the chain"));
        }
        try (ResultSet r = s.executeQuery(UNCHAINED)) {
            while (r.next()) {
                findings.add(new Finding(Problem.UNCHAINED, "assessment " + r.getObject(1, UUID.class)));
            }
        }
        try (ResultSet r = s.executeQuery(TWICE)) {
            while (r.next()) {
                findings.add(new Finding(
                        Problem.CHAINED_TWICE,
                        "assessment " + r.getObject(1, UUID.class) + " chained " + r.getLong(2) + " times"));
            }
        }
        return new Report(rows, backfilled, databaseHead, kept, findings);
    }

    private void checkRow(
            ResultSet r,
            long seq,
            Instant recordedAt,
            boolean isBackfilled,
            byte[] prevHash,
            byte[] rowHash,
            String where,
            List<Finding> findings)
            throws SQLException {
        String encoding = r.getString("encoding");
        try {
            byte[] expected = AuditChainEncoding.rowHash(
                    prevHash, AuditChainEncoding.encode(encoding, seq, recordedAt, isBackfilled, r));
            List<String> setSinceChained = AuditChainEncoding.uncoveredButSet(encoding, r);
            if (!Arrays.equals(expected, rowHash)) {
                findings.add(new Finding(Problem.ROW_CHANGED, where));
            } else if (!setSinceChained.isEmpty()) {
                findings.add(new Finding(
                        Problem.ROW_CHANGED,
                        where + ": " + String.join(", ", setSinceChained) + " set after the row was chained ("
                                + encoding + " does not cover it)"));
            }
        } catch (UnknownChainEncodingException e) {
            findings.add(new Finding(Problem.ROW_CHANGED, where + ": " + e.getMessage()));
        }
        OffsetDateTime createdAt = r.getObject("created_at", OffsetDateTime.class);
        if (!isBackfilled && createdAt != null) {
            Duration lag = Duration.between(createdAt.toInstant(), recordedAt);
            if (lag.abs().compareTo(maxLag) > 0) {
                findings.add(new Finding(
                        Problem.CREATED_AT_FAR_FROM_RECORDED_AT,
                        where + ": recorded " + lag.toSeconds() + " s after its created_at (allowed "
                                + maxLag.toSeconds() + " s)"));
            }
        }
    }
}
