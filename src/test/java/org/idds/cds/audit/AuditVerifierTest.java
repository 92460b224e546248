package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.idds.cds.audit.AuditVerifier.Problem;
import org.idds.cds.audit.AuditVerifier.Report;
import org.idds.cds.kernel.AnswerFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The audit hash chain (migration V7) and its verifier, on a real PostgreSQL of its own (whatever database the rest of
 * the suite uses: these tests tamper with the audit as its owner would). Each tampering is reported against the head
 * kept outside the database; an intact chain passes; concurrent writers leave one gap-free chain; the Java encoding
 * is the SQL one.
 */
@Timeout(180)
class AuditVerifierTest {

    private static final Duration MAX_LAG = Duration.ofSeconds(70);
    private static EmbeddedDatabase database;
    private static Path directory;
    private static Report backfill;
    private static List<UUID> backfilledIds;
    private static List<UUID> backfillOrder;

    @BeforeAll
    static void start() throws Exception {
        directory = Path.of("target", "embedded-postgres", "audit-chain-" + UUID.randomUUID());
        database = EmbeddedDatabase.open(directory);
        Migrations.applyUpTo(database, "6");
        // rows stored before the chain existed, inserted out of created_at order, days old
        Instant old = Instant.now().minus(Duration.ofDays(2));
        backfilledIds = new ArrayList<>();
        for (int minutes : new int[] {30, 10, 20}) {
            backfilledIds.add(insert(old.plus(Duration.ofMinutes(minutes))));
        }
        Migrations.apply(database);
        backfill = verify(databaseHead());
        backfillOrder = new ArrayList<>();
        try (Connection c = reader();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select assessment_id from assessment_chain order by seq")) {
            while (r.next()) {
                backfillOrder.add(r.getObject(1, UUID.class));
            }
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** As the owner, with the triggers off: an empty audit and chain for each test. */
    @BeforeEach
    void emptyTheAudit() throws SQLException {
        asOwner(
                "alter table assessment disable trigger user",
                "alter table assessment_chain disable trigger user",
                "truncate assessment_chain, assessment",
                "alter table assessment enable trigger user",
                "alter table assessment_chain enable trigger user");
    }

    @Test
    void theMigrationChainsTheRowsThatExistInCreatedAtOrder() throws SQLException {
        assertEquals(0, backfill.exitCode(), backfill.text());
        assertEquals(3, backfill.chainRows());
        assertEquals(3, backfill.backfilledRows(), "their insert time is unknown: no created_at check");
        // created 10, 20, 30 minutes after the base: the second, third, first inserted
        assertEquals(List.of(backfilledIds.get(1), backfilledIds.get(2), backfilledIds.get(0)), backfillOrder);
    }

    @Test
    void anIntactChainPasses() throws Exception {
        insertNow(5);
        ChainHead head = databaseHead();
        assertEquals(5, head.seq());
        Report report = verify(head);
        assertTrue(report.intact(), report.text());
        assertEquals(0, report.exitCode());
        assertEquals(5, report.chainRows());
        assertEquals(Optional.of(head), report.databaseHead());
        assertTrue(report.text().contains("INTACT"), report.text());
    }

    @Test
    void anUpdateAfterDisableTriggerIsReportedAsAChangedRow() throws Exception {
        List<UUID> ids = insertNow(5);
        ChainHead head = databaseHead();
        asOwner(
                "alter table assessment disable trigger assessment_no_update_or_delete",
                "update assessment set outcome = 'NOT_CANDIDATE' where id = '" + ids.get(2) + "'",
                "alter table assessment enable trigger assessment_no_update_or_delete");
        Report report = verify(head);
        assertEquals(1, report.exitCode(), report.text());
        assertEquals(
                List.of(new AuditVerifier.Finding(Problem.ROW_CHANGED, "seq 3, assessment " + ids.get(2))),
                report.findings());
    }

    @Test
    void aDeletedRowIsReportedAsMissing() throws Exception {
        List<UUID> ids = insertNow(5);
        ChainHead head = databaseHead();
        asOwner(
                "alter table assessment disable trigger user",
                "alter table assessment_chain disable trigger user",
                "delete from assessment_chain where assessment_id = '" + ids.get(2) + "'",
                "delete from assessment where id = '" + ids.get(2) + "'",
                "alter table assessment enable trigger user",
                "alter table assessment_chain enable trigger user");
        Report report = verify(head);
        assertEquals(1, report.exitCode(), report.text());
        assertEquals(List.of(new AuditVerifier.Finding(Problem.ROW_MISSING, "chain seq 3 absent")), report.findings());
    }

    @Test
    void aDeletedRowWhoseChainRowStaysIsReportedAsMissing() throws Exception {
        List<UUID> ids = insertNow(3);
        ChainHead head = databaseHead();
        asOwner(
                "alter table assessment_chain drop constraint assessment_chain_assessment_id_fkey",
                "alter table assessment disable trigger assessment_no_update_or_delete",
                "delete from assessment where id = '" + ids.get(1) + "'",
                "alter table assessment enable trigger assessment_no_update_or_delete");
        try {
            Report report = verify(head);
            assertEquals(1, report.exitCode(), report.text());
            assertEquals(
                    List.of(new AuditVerifier.Finding(
                            Problem.ROW_MISSING, "seq 2, assessment " + ids.get(1) + ": the assessment row is gone")),
                    report.findings());
        } finally {
            asOwner(
                    "alter table assessment_chain disable trigger user",
                    "truncate assessment_chain",
                    "alter table assessment_chain enable trigger user",
                    "alter table assessment_chain add constraint assessment_chain_assessment_id_fkey"
                            + " foreign key (assessment_id) references assessment (id)");
        }
    }

    @Test
    void aRewriteWithTheChainRecomputedIsCaughtOnlyByTheKeptHead() throws Exception {
        List<UUID> ids = insertNow(5);
        ChainHead head = databaseHead();
        asOwner(
                "alter table assessment disable trigger user",
                "alter table assessment_chain disable trigger user",
                "update assessment set outcome = 'NOT_CANDIDATE' where id = '" + ids.get(1) + "'",
                // the owner recomputes every chain row from the rewritten one on, with the migration's own function
                """
                do $$
                declare
                    c record;
                    prev bytea;
                begin
                    select row_hash into prev from assessment_chain where seq = 1;
                    for c in select * from assessment_chain where seq >= 2 order by seq loop
                        update assessment_chain set prev_hash = prev,
                            row_hash = sha256(prev || assessment_chain_encoding(c.encoding, c.seq, c.recorded_at,
                                c.backfilled,
                                (select a from assessment a where a.id = c.assessment_id)))
                            where seq = c.seq
                            returning row_hash into prev;
                    end loop;
                end $$""",
                "alter table assessment enable trigger user",
                "alter table assessment_chain enable trigger user");
        assertEquals(0, verifyWithoutHead().findings().size(), "consistent in itself");
        assertEquals(2, verifyWithoutHead().exitCode(), "without a kept head: not fully checked");
        Report report = verify(head);
        assertEquals(1, report.exitCode(), report.text());
        assertEquals(1, report.findings().size(), report.text());
        assertTrue(report.has(Problem.CHAIN_REWRITTEN), report.text());
    }

    @Test
    void aDeletedNewestRowIsReportedAsADeletedTail() throws Exception {
        List<UUID> ids = insertNow(4);
        ChainHead head = databaseHead();
        asOwner(
                "alter table assessment disable trigger user",
                "alter table assessment_chain disable trigger user",
                "delete from assessment_chain where seq = 4",
                "delete from assessment where id = '" + ids.get(3) + "'",
                "alter table assessment enable trigger user",
                "alter table assessment_chain enable trigger user");
        Report report = verify(head);
        assertEquals(1, report.exitCode(), report.text());
        assertEquals(
                List.of(new AuditVerifier.Finding(
                        Problem.TAIL_DELETED, "the chain ends at seq 3; the kept head is at seq 4")),
                report.findings());
        assertEquals(2, verifyWithoutHead().exitCode(), "invisible without the kept head");
        assertTrue(verifyWithoutHead().findings().isEmpty());
    }

    @Test
    void twoWritersAtOnceLeaveOneGapFreeChain() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            writers.add(CompletableFuture.runAsync(() -> {
                try (Connection c = app()) {
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        insert(c, UUID.randomUUID(), Instant.now());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
        ChainHead head = databaseHead();
        assertEquals(100, head.seq());
        Report report = verify(head);
        assertTrue(report.intact(), report.text());
        assertEquals(100, report.chainRows());
        assertEquals("100", queryAsReader("select count(distinct assessment_id) from assessment_chain"));
    }

    @Test
    void rowsWhoseCreatedAtIsFarFromWhenTheyWereRecordedAreReported() throws Exception {
        try (Connection c = app()) {
            insert(c, UUID.randomUUID(), Instant.now());
            insert(c, UUID.randomUUID(), Instant.now().minus(Duration.ofHours(1)));
            insert(c, UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(5)));
            insert(c, UUID.randomUUID(), Instant.now().minus(Duration.ofSeconds(30)));
        }
        Report report = verify(databaseHead());
        assertEquals(1, report.exitCode(), report.text());
        List<String> late = report.findings().stream()
                .filter(f -> f.problem() == Problem.CREATED_AT_FAR_FROM_RECORDED_AT)
                .map(f -> f.detail().replaceAll(",.*", ""))
                .toList();
        assertEquals(List.of("seq 2", "seq 3"), late, report.text());
        assertEquals(2, report.findings().size(), report.text());
    }

    @Test
    void theJavaEncodingIsTheSqlEncodingForEveryColumnIncludingNulls() throws Exception {
        UUID full = UUID.randomUUID();
        try (Connection c = app()) {
            insert(c, UUID.randomUUID(), Instant.now()); // case reference, versions null
            try (PreparedStatement s = c.prepareStatement("insert into assessment (id, kind, outcome, created_at,"
                    + " ruleset_version, ruleset_hash, case_reference, request_json, response_json, request_raw,"
                    + " request_sha256, request_parsed, response_body, created_by, app_version, app_commit,"
                    + " request_schema, response_schema) values (?, 'PRESCRIPTION_CHECK', 'OK', ?, 'v9', 'sha256:x',"
                    + " ?, ?, '', ?, ?, ?, ?, 'dr-é', '1.2.3', 'abc123', 'prescription-request/1', 'idds-answer/2')")) {
                s.setObject(1, full);
                s.setTimestamp(2, Timestamp.from(Instant.parse("2024-02-29T23:59:59.123456Z")));
                s.setString(3, "ref ✓ 𝄞");
                s.setString(4, "{\"legacy\":\"text\"}");
                s.setBytes(5, new byte[] {0, 1, 2, (byte) 0xff});
                s.setString(6, "sha256:" + "0".repeat(64));
                s.setBytes(7, new byte[0]);
                s.setBytes(8, "body".getBytes(StandardCharsets.UTF_8));
                s.executeUpdate();
            }
        }
        int compared = 0;
        try (Connection c = owner();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select c.seq, c.prev_hash, c.row_hash, c.recorded_at, c.encoding,"
                        + " c.backfilled, a.*,"
                        + " assessment_chain_encoding(c.encoding, c.seq, c.recorded_at, c.backfilled, a) as sql"
                        + " from assessment_chain c join assessment a on a.id = c.assessment_id order by c.seq")) {
            while (r.next()) {
                Instant recordedAt =
                        r.getObject("recorded_at", OffsetDateTime.class).toInstant();
                byte[] java = AuditChainEncoding.encode(
                        r.getString("encoding"), r.getLong("seq"), recordedAt, r.getBoolean("backfilled"), r);
                assertArrayEquals(r.getBytes("sql"), java, "seq " + r.getLong("seq"));
                assertArrayEquals(r.getBytes("row_hash"), AuditChainEncoding.rowHash(r.getBytes("prev_hash"), java));
                compared++;
            }
        }
        assertEquals(2, compared);
        assertEquals(Instant.parse("2024-02-29T23:59:59.123456Z"), createdAt(full), "microseconds are stored");
        assertEquals(
                AuditChainEncoding.CURRENT,
                queryAsReader("select encoding from assessment_chain where assessment_id = '" + full + "'"),
                "new rows are chained with the newest encoding");
    }

    /**
     * A row chained before migration V9 (encoding idds-chain/1, which does not cover response_schema) still verifies
     * after it, as the backfilled rows do; its response_schema stays NULL, and a value set there later is reported,
     * although the row's idds-chain/1 hash cannot show it.
     */
    @Test
    void aRowChainedWithTheFirstEncodingStillVerifiesAndItsNewColumnMustStayEmpty() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = owner()) {
            try (Statement s = c.createStatement()) {
                s.execute("alter table assessment disable trigger assessment_chain_on_insert");
            }
            insert(c, id, Instant.now(), true);
            try (Statement s = c.createStatement()) {
                s.execute("alter table assessment enable trigger assessment_chain_on_insert");
                // chained as V7's trigger chained it: the first encoding, with V7's own function
                s.execute("with p as (select clock_timestamp() as at, decode(repeat('00', 32), 'hex') as genesis)"
                        + " insert into assessment_chain (seq, assessment_id, prev_hash, row_hash, recorded_at,"
                        + " encoding, backfilled) select 1, a.id, p.genesis, sha256(p.genesis"
                        + " || assessment_chain_encoding(1, p.at, false, a)), p.at, 'idds-chain/1', false"
                        + " from assessment a, p where a.id = '" + id + "'");
            }
        }
        insertNow(1); // chained after it with the current encoding
        ChainHead head = databaseHead();
        Report intact = verify(head);
        assertTrue(intact.intact(), intact.text());
        asOwner(
                "alter table assessment disable trigger assessment_no_update_or_delete",
                "update assessment set response_schema = 'idds-answer/2' where id = '" + id + "'",
                "alter table assessment enable trigger assessment_no_update_or_delete");
        Report report = verify(head);
        assertEquals(
                List.of(new AuditVerifier.Finding(
                        Problem.ROW_CHANGED,
                        "seq 1, assessment " + id + ": response_schema set after the row was chained (idds-chain/1"
                                + " does not cover it)")),
                report.findings());
    }

    @Test
    void theEncodingCoversEveryColumnOfTheAuditTableInOrder() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = reader();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select column_name from information_schema.columns where"
                        + " table_schema = 'public' and table_name = 'assessment' order by ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        // a migration that adds a column must add an encoding version (SQL and Java) that covers it
        assertEquals(columns, AuditChainEncoding.CURRENT_COLUMNS);
    }

    @Test
    void theReaderOnlyReadsAndTheApplicationRoleCannotWriteTheChain() throws Exception {
        insertNow(1);
        for (String sql : new String[] {
            "insert into assessment (id, kind, outcome, created_at, ruleset_version, ruleset_hash) values"
                    + " (gen_random_uuid(), 'CANDIDACY', 'X', now(), 'v', 'h')",
            "delete from assessment_chain",
            "update assessment_chain set seq = seq",
            "create table reader_table (x int)"
        }) {
            SQLException e = failure(reader(), sql);
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
        for (String sql : new String[] {
            "insert into assessment_chain (seq, assessment_id, prev_hash, row_hash, encoding) select 99, assessment_id,"
                    + " row_hash, row_hash, 'idds-chain/1' from assessment_chain limit 1",
            "update assessment_chain set row_hash = prev_hash",
            "delete from assessment_chain",
            "truncate assessment_chain",
            "select assessment_chain_encoding(1, now(), false, a) from assessment a",
            "select assessment_chain_encoding('idds-chain/2', 1, now(), false, a) from assessment a"
        }) {
            SQLException e = failure(app(), sql);
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
        assertTrue(failure(owner(), "update assessment_chain set seq = seq")
                .getMessage()
                .contains("append-only"));
        assertTrue(failure(owner(), "delete from assessment_chain").getMessage().contains("append-only"));
        assertTrue(failure(owner(), "truncate assessment_chain").getMessage().contains("append-only"));
    }

    @Test
    void verifyAuditFindsTheEmbeddedServerItsHeadFileAndExitsWithItsCode() throws Exception {
        insertNow(3);
        ChainHead head = databaseHead();
        Path headFile = directory.resolveSibling(directory.getFileName() + "-head");
        AuditHeadFile.write(headFile, head);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(headFile)));
        List<String> args = List.of("--data-dir", directory.toString(), "--head-file", headFile.toString());

        Output intact = command(args);
        assertEquals(0, intact.code(), intact.text());
        assertTrue(intact.text().contains("INTACT"), intact.text());

        Output given = command(List.of("--data-dir", directory.toString(), "--head", "3:" + "ab".repeat(32)));
        assertEquals(1, given.code(), given.text());
        assertTrue(given.text().contains("chain rewritten"), given.text());

        Output noHead = command(List.of(
                "--data-dir",
                directory.toString(),
                "--head-file",
                headFile.resolveSibling("absent").toString()));
        assertEquals(2, noHead.code(), noHead.text());

        Output notRunning = command(
                List.of("--data-dir", directory.resolveSibling("nowhere").toString()));
        assertEquals(2, notRunning.code(), notRunning.text());
        assertTrue(notRunning.text().contains("not running"), notRunning.text());
    }

    private record Output(int code, String text) {}

    private static Output command(List<String> args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyAuditCommand.run(args, Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static Report verify(ChainHead kept) throws SQLException {
        try (Connection c = reader()) {
            return new AuditVerifier(MAX_LAG).verify(c, Optional.of(kept));
        }
    }

    private static Report verifyWithoutHead() throws SQLException {
        try (Connection c = reader()) {
            return new AuditVerifier(MAX_LAG).verify(c, Optional.empty());
        }
    }

    private static ChainHead databaseHead() throws SQLException {
        try (Connection c = reader();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select seq, row_hash from assessment_chain order by seq desc limit 1")) {
            assertTrue(r.next(), "the chain has rows");
            return ChainHead.of(r.getLong(1), r.getBytes(2));
        }
    }

    private static List<UUID> insertNow(int n) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = app()) {
            for (int i = 0; i < n; i++) {
                ids.add(insert(c, UUID.randomUUID(), Instant.now()));
            }
        }
        return ids;
    }

    /** A row as the service wrote it before migration V9 (no response_schema column yet). */
    private static UUID insert(Instant createdAt) throws SQLException {
        try (Connection c = app()) {
            return insert(c, UUID.randomUUID(), createdAt, true);
        }
    }

    /** A row as the service writes it (as the application role), its case reference and build left null. */
    private static UUID insert(Connection c, UUID id, Instant createdAt) throws SQLException {
        return insert(c, id, createdAt, false);
    }

    /** The service's insert before migration V9 added response_schema. */
    private static final String INSERT_BEFORE_V9 = "insert into assessment (id, kind, outcome, created_at,"
            + " ruleset_version, ruleset_hash, case_reference, request_raw, request_sha256, request_parsed, response_body,"
            + " created_by, app_version, app_commit, request_schema) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A row as the service writes it, or ({@code beforeV9}) wrote it before response_schema was recorded. */
    private static UUID insert(Connection c, UUID id, Instant createdAt, boolean beforeV9) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(beforeV9 ? INSERT_BEFORE_V9 : JdbcAssessmentStore.INSERT)) {
            s.setObject(1, id);
            s.setString(2, "CANDIDACY");
            s.setString(3, "CANDIDATE");
            s.setTimestamp(4, Timestamp.from(createdAt.truncatedTo(ChronoUnit.MICROS)));
            s.setString(5, "test");
            s.setString(6, "sha256:test");
            s.setString(7, null);
            s.setBytes(8, Gzip.compress("{}".getBytes(StandardCharsets.UTF_8)));
            s.setString(9, RawRequest.of("{}".getBytes(StandardCharsets.UTF_8)).sha256());
            s.setBytes(10, Gzip.compress("{}".getBytes(StandardCharsets.UTF_8)));
            s.setBytes(11, Gzip.compress(("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)));
            s.setString(12, "chain-test");
            s.setString(13, null);
            s.setString(14, null);
            s.setString(15, "test-request/1");
            if (!beforeV9) {
                s.setString(16, AnswerFormat.CURRENT);
            }
            s.executeUpdate();
        }
        return id;
    }

    private static Instant createdAt(UUID id) throws SQLException {
        try (Connection c = reader();
                PreparedStatement s = c.prepareStatement("select created_at from assessment where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static String queryAsReader(String sql) throws SQLException {
        try (Connection c = reader();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getString(1);
        }
    }

    private static void asOwner(String... statements) throws SQLException {
        try (Connection c = owner();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The statement's failure; the connection is closed. */
    private static SQLException failure(Connection c, String sql) {
        try (c;
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError(sql + " was allowed");
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.OWNER, database.ownerPassword());
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.APP, database.appPassword());
    }

    private static Connection reader() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.READER, database.readerPassword());
    }
}
