package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.idds.cds.kernel.AssessmentKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The group-commit writer's promises, against a real PostgreSQL of its own: rows queued together are committed
 * in one transaction and every caller is released only after it; a bad row is retried alone and cannot sink the
 * others; a full queue refuses at once; a caller that gives up withdraws its row; shutdown drains the queue.
 */
@Timeout(180)
class AuditWriterTest {

    private static EmbeddedDatabase database;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.open(Path.of("target", "embedded-postgres", "audit-writer-" + UUID.randomUUID()));
        Migrations.apply(database);
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(EmbeddedDatabase.APP);
        dataSource.setPassword(database.appPassword());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** A small audit row with this id and request hash (tests of the writer and its recovery share it). */
    static StoredAssessment row(UUID id, String sha256) {
        return new StoredAssessment(
                new AssessmentColumns(
                        id,
                        AssessmentKind.CANDIDACY,
                        "CANDIDATE",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        "test",
                        "sha256:test",
                        Optional.empty()),
                "{}",
                "{\"id\":\"" + id + "\"}",
                Optional.of(new RawRequest("{}".getBytes(), sha256)),
                Optional.of("writer-test"),
                Optional.of(org.idds.cds.audit.BuildInfo.current()),
                Optional.of("test-request/1"),
                Optional.of(org.idds.cds.kernel.AnswerFormat.CURRENT));
    }

    private static StoredAssessment good() {
        return row(UUID.randomUUID(), RawRequest.of("{}".getBytes()).sha256());
    }

    /** Appends on its own thread; the future ends when append returns (or throws). */
    private static CompletableFuture<Void> appendAsync(JdbcAssessmentStore store, StoredAssessment row) {
        return CompletableFuture.runAsync(() -> store.append(row));
    }

    private static long commits(UUID... ids) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            StringBuilder in = new StringBuilder();
            for (UUID id : ids) {
                in.append(in.length() == 0 ? "" : ",").append('\'').append(id).append('\'');
            }
            try (ResultSet r =
                    s.executeQuery("select count(distinct xmin::text) from assessment where id in (" + in + ")")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Appends {@code n} good rows from their own threads and waits until all wait in the writer's queue. */
    private static Map<StoredAssessment, CompletableFuture<Void>> queueGoodRows(
            JdbcAssessmentStore store, AuditWriter writer, int n) throws InterruptedException {
        Map<StoredAssessment, CompletableFuture<Void>> calls = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            StoredAssessment row = good();
            calls.put(row, appendAsync(store, row));
        }
        awaitQueued(writer, n);
        return calls;
    }

    private static void awaitQueued(AuditWriter writer, int rows) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (writer.queued() < rows && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertEquals(rows, writer.queued(), "rows waiting in the queue");
    }

    @Test
    void rowsQueuedTogetherShareOneCommitAndABadRowIsRetriedAloneWithoutSinkingThem() throws Exception {
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        List<StoredAssessment> rows = new ArrayList<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StoredAssessment row =
                    i == 4 ? row(UUID.randomUUID(), "not-a-sha256") : good(); // the check constraint refuses row 4
            rows.add(row);
            calls.add(appendAsync(store, row));
        }
        awaitQueued(writer, 10); // nobody is answered before the writer runs
        assertTrue(calls.stream().noneMatch(CompletableFuture::isDone));
        writer.start(null);

        for (int i = 0; i < 10; i++) {
            if (i == 4) {
                ExecutionException e = assertThrows(ExecutionException.class, calls.get(i)::get);
                assertInstanceOf(AuditUnavailableException.class, e.getCause());
                assertTrue(store.find(rows.get(i).id()).isEmpty());
            } else {
                calls.get(i).get(30, TimeUnit.SECONDS);
                assertTrue(store.find(rows.get(i).id()).isPresent(), "row " + i);
            }
        }
        UUID[] goodIds = rows.stream()
                .filter(r -> !r.rawRequest().get().sha256().equals("not-a-sha256"))
                .map(StoredAssessment::id)
                .toArray(UUID[]::new);
        assertEquals(9, goodIds.length);
        assertEquals(
                9,
                commits(goodIds),
                "the refused row sank the shared batch, so each good row was retried in a transaction of its own");
        writer.drain(null);
    }

    @Test
    void withoutABadRowTheQueuedRowsAreCommittedInOneTransaction() throws Exception {
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        Map<StoredAssessment, CompletableFuture<Void>> calls = queueGoodRows(store, writer, 8);
        List<StoredAssessment> rows = new ArrayList<>(calls.keySet());
        writer.start(null);
        for (CompletableFuture<Void> call : calls.values()) {
            call.get(30, TimeUnit.SECONDS);
        }
        assertEquals(
                1,
                commits(rows.stream().map(StoredAssessment::id).toArray(UUID[]::new)),
                "one transaction for the batch");
        writer.drain(null);
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        AuditWriter writer = new AuditWriter(
                dataSource, new TestAuditConfig(2, 128, Duration.ofSeconds(30), Duration.ofMillis(100)));
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        CompletableFuture<Void> first = appendAsync(store, good());
        CompletableFuture<Void> second = appendAsync(store, good());
        awaitQueued(writer, 2);
        assertThrows(AuditBusyException.class, () -> store.append(good()));
        writer.start(null);
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        writer.drain(null);
    }

    @Test
    void aCallerThatGivesUpWithdrawsItsRowAndGetsUnavailable() throws Exception {
        AuditWriter writer = new AuditWriter(
                dataSource, new TestAuditConfig(16, 128, Duration.ofSeconds(2), Duration.ofMillis(100)));
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        StoredAssessment row = good();
        assertThrows(AuditUnavailableException.class, () -> store.append(row)); // the writer is not running: timeout
        assertTrue(store.find(row.id()).isEmpty());
        writer.start(null);
        StoredAssessment later = good();
        store.append(later);
        assertTrue(store.find(later.id()).isPresent());
        assertTrue(store.find(row.id()).isEmpty(), "a row whose caller was answered 503 is not stored afterwards");
        writer.drain(null);
    }

    @Test
    void shutdownWritesEveryQueuedRowBeforeItReturns() throws Exception {
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        Map<StoredAssessment, CompletableFuture<Void>> calls = queueGoodRows(store, writer, 5);
        writer.start(null);
        writer.drain(null);
        for (CompletableFuture<Void> call : calls.values()) {
            call.get(1, TimeUnit.SECONDS);
        }
        for (StoredAssessment row : calls.keySet()) {
            assertTrue(store.find(row.id()).isPresent());
        }
        assertThrows(AuditUnavailableException.class, () -> store.append(good()), "refused once shut down");
    }

    @Test
    void anErrorInTheWriterAnswersItsBatch503AndTheWriterGoesOn() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failNext = new java.util.concurrent.atomic.AtomicBoolean(true);
        javax.sql.DataSource failingOnce = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && failNext.getAndSet(false)) {
                        throw new AssertionError("a driver assertion"); // an Error, not an exception
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        AuditWriter writer = new AuditWriter(failingOnce, TestAuditConfig.DEFAULTS);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        writer.start(null);
        try {
            StoredAssessment first = good();
            assertThrows(AuditUnavailableException.class, () -> store.append(first), "its batch is answered 503");
            assertTrue(store.find(first.id()).isEmpty());
            StoredAssessment second = good();
            store.append(second); // the writer thread survived the Error
            assertTrue(store.find(second.id()).isPresent());
        } finally {
            writer.drain(null);
        }
    }
}
