package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The writer after a lost connection, against a real PostgreSQL of its own: a COMMIT whose answer is lost (the
 * connection dropped right after the server committed, or right before) still answers every caller truthfully and
 * stores each row exactly once; the first write after a database restart succeeds although the writer's connection
 * is stale; the application role has its statement timeout and the owner none, also on a data directory that was
 * bootstrapped before.
 */
@Timeout(240)
class AuditWriterRecoveryTest {

    private static final Path DATA = Path.of("target", "embedded-postgres", "audit-recovery-" + UUID.randomUUID());
    private static EmbeddedDatabase database;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.open(DATA);
        Migrations.apply(database);
        dataSource = appDataSource();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static PGSimpleDataSource appDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(EmbeddedDatabase.APP);
        ds.setPassword(database.appPassword());
        return ds;
    }

    private static StoredAssessment good() {
        return AuditWriterTest.row(
                UUID.randomUUID(), RawRequest.of("{}".getBytes()).sha256());
    }

    private static long copies(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from assessment where id = '" + id + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** What the first connection handed out does on COMMIT before the connection is lost. */
    private enum LostCommit {
        /** The server committed; the answer never came back. */
        LANDED,
        /** The connection was lost before the server committed. */
        NOT_LANDED
    }

    /**
     * The application's data source, except that the first connection it hands out loses its COMMIT's answer: it
     * commits (or rolls back), closes the real connection and throws SQLSTATE 08006, as pgjdbc does when the socket
     * breaks while waiting for the answer.
     */
    private static DataSource losingFirstCommit(LostCommit what) {
        AtomicInteger handedOut = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(
                AuditWriterRecoveryTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getConnection" -> {
                            Connection real = dataSource.getConnection();
                            return handedOut.incrementAndGet() == 1 ? losingCommit(real, what) : real;
                        }
                        case "getLogWriter" -> {
                            return (PrintWriter) null;
                        }
                        case "getParentLogger" -> throw new SQLFeatureNotSupportedException();
                        case "unwrap", "isWrapperFor" -> throw new SQLException("not a wrapper");
                        default -> {
                            return m.getReturnType() == int.class ? 0 : null;
                        }
                    }
                });
    }

    private static Connection losingCommit(Connection real, LostCommit what) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit")) {
                if (what == LostCommit.LANDED) {
                    real.commit();
                } else {
                    real.rollback();
                }
                real.close();
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(
                AuditWriterRecoveryTest.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /** Queues rows from their own threads, then starts the writer so that they share one batch. */
    private static void writeInOneBatch(AuditWriter writer, JdbcAssessmentStore store, List<StoredAssessment> rows)
            throws Exception {
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (StoredAssessment row : rows) {
            calls.add(CompletableFuture.runAsync(() -> store.append(row)));
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (writer.queued() < rows.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        writer.start(null);
        for (CompletableFuture<Void> call : calls) {
            call.get(30, TimeUnit.SECONDS); // throws if any caller was answered 503
        }
    }

    @Test
    void aCommitThatLandedButWhoseAnswerWasLostCountsAsStoredAndIsNotStoredTwice() throws Exception {
        AuditWriter writer = new AuditWriter(losingFirstCommit(LostCommit.LANDED), TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        List<StoredAssessment> rows = List.of(good(), good(), good(), good());
        writeInOneBatch(writer, store, rows);
        for (StoredAssessment row : rows) {
            assertEquals(1, copies(row.id()), "stored exactly once, answered as stored");
        }
        writer.drain(null);
    }

    @Test
    void aCommitLostBeforeItLandedIsWrittenAgainAndAnswered() throws Exception {
        AuditWriter writer = new AuditWriter(losingFirstCommit(LostCommit.NOT_LANDED), TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        List<StoredAssessment> rows = List.of(good(), good(), good());
        writeInOneBatch(writer, store, rows);
        for (StoredAssessment row : rows) {
            assertEquals(1, copies(row.id()));
        }
        writer.drain(null);
    }

    @Test
    void onlyADuplicateOfTheIdCountsAsLanded() throws Exception {
        StoredAssessment row = good();
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        writer.start(null);
        store.append(row);
        SQLException duplicate = assertThrows(SQLException.class, () -> {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("insert into assessment select * from assessment where id = '" + row.id() + "'");
            }
        });
        assertTrue(AuditWriter.isDuplicateId(duplicate), duplicate.getSQLState());
        assertFalse(AuditWriter.isDuplicateId(new SQLException("duplicate key", "23505")), "no constraint named");
        writer.drain(null);
    }

    @Test
    void theFirstWriteAfterADatabaseRestartSucceedsOnTheWritersStaleConnection() throws Exception {
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        writer.start(null);
        store.append(good()); // the writer now holds a connection to this server
        int port = database.port();
        database.close();
        database = EmbeddedDatabase.open(DATA, port);

        StoredAssessment first = good();
        store.append(first); // no AuditUnavailableException: the stale connection is replaced and the batch retried
        assertEquals(1, copies(first.id()));
        writer.drain(null);
    }

    @Test
    void theApplicationRoleHasAStatementTimeoutAndTheOwnerNoneAlsoOnAnExistingDataDirectory() throws Exception {
        assertEquals(EmbeddedDatabase.APP_STATEMENT_TIMEOUT, statementTimeout(EmbeddedDatabase.APP));
        assertEquals("0", statementTimeout(EmbeddedDatabase.OWNER));

        String superuser = DatabaseCredentials.loadOrGenerate(
                        DATA.toAbsolutePath().normalize().resolve(EmbeddedDatabase.CREDENTIALS_FILE))
                .superuser();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, superuser);
                Statement s = c.createStatement()) {
            s.execute("alter role " + EmbeddedDatabase.APP + " reset statement_timeout");
        }
        assertEquals("0", statementTimeout(EmbeddedDatabase.APP));
        int port = database.port();
        database.close();
        database = EmbeddedDatabase.open(DATA, port); // bootstrapped already: only the per-start settings run
        assertEquals(EmbeddedDatabase.APP_STATEMENT_TIMEOUT, statementTimeout(EmbeddedDatabase.APP));
    }

    private static String statementTimeout(String role) throws SQLException {
        String password = role.equals(EmbeddedDatabase.APP) ? database.appPassword() : database.ownerPassword();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), role, password);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show statement_timeout")) {
            r.next();
            return r.getString(1);
        }
    }

    /** Hands out, first, a connection that fails on use with SQLSTATE 08006 after {@code delayMillis}; then real ones. */
    private static DataSource firstConnectionBroken(
            long delayMillis, java.util.concurrent.atomic.AtomicInteger handedOut) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                AuditWriterRecoveryTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getConnection") && handedOut.getAndIncrement() == 0) {
                        return java.lang.reflect.Proxy.newProxyInstance(
                                AuditWriterRecoveryTest.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (c, cm, cargs) -> {
                                    if (cm.getName().equals("close")) {
                                        return null;
                                    }
                                    Thread.sleep(delayMillis);
                                    throw new SQLException(
                                            "An I/O error occurred while sending to the backend.", "08006");
                                });
                    }
                    try {
                        return m.invoke(dataSource, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aReadOnAConnectionBrokenByARestartIsTriedOnceMoreButASlowFailureIsNot() throws Exception {
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        writer.start(null);
        StoredAssessment row = good();
        new JdbcAssessmentStore(dataSource, writer).append(row);
        writer.drain(null);

        var handedOut = new java.util.concurrent.atomic.AtomicInteger();
        JdbcAssessmentStore afterRestart = new JdbcAssessmentStore(firstConnectionBroken(0, handedOut), writer);
        assertTrue(afterRestart.find(row.id()).isPresent(), "a stale pooled connection does not cost a 503");
        assertEquals(2, handedOut.get());

        var slow = new java.util.concurrent.atomic.AtomicInteger();
        JdbcAssessmentStore frozen = new JdbcAssessmentStore(
                firstConnectionBroken(JdbcAssessmentStore.RETRY_WITHIN_MILLIS + 200, slow), writer);
        org.junit.jupiter.api.Assertions.assertThrows(AuditUnavailableException.class, () -> frozen.find(row.id()));
        assertEquals(1, slow.get(), "a read that failed after waiting is not repeated: reads stay bounded");
    }
}
