package org.idds.cds.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.util.PSQLException;

/**
 * Group commit for the audit. Callers put their row on a bounded queue and wait; one writer thread drains up to
 * {@code maxBatch} rows into one transaction on its own connection (synchronous commit on) and completes every
 * caller of the batch only after the commit returned, so no answer leaves before its row is durable.
 *
 * <ul>
 * <li>Queue full: the caller gets {@link AuditBusyException} at once (503).</li>
 * <li>Caller timeout: the caller gets {@link AuditUnavailableException} (503); a row not yet taken by the writer is
 * withdrawn, one already being written may still be stored (stored but not answered, never the reverse).</li>
 * <li>A row the database refuses (a constraint, an invalid byte) is retried alone, so it cannot sink its batch.</li>
 * <li>Connection lost before COMMIT (a database restart left it stale, a network cut): the batch is retried once
 * on a fresh connection, so the first write after a restart succeeds.</li>
 * <li>COMMIT sent but no answer: the outcome is unknown, so each row is written again alone on a fresh connection;
 * a duplicate key on {@code id} (SQLSTATE 23505) means the lost COMMIT had landed, and counts as stored.</li>
 * <li>Database outage: the batch's callers get 503; the writer drops its connection and reconnects with a pause.
 * Its own connection gives up after {@link AuditConfig#writerSocketTimeout()} with no answer (a frozen server).</li>
 * <li>Shutdown: new rows are refused, queued rows are written before the database stops.</li>
 * <li>After each commit (callers already answered) the audit chain's head is read and kept outside the database
 * ({@link ChainHeadKeeper}).</li>
 * </ul>
 *
 * <p>Metrics (no row content): {@code idds_audit_queue_rows} (rows waiting), {@code idds_audit_batch_rows} (rows per
 * commit) and {@code idds_audit_commit_seconds} (insert and COMMIT of a batch that committed).
 */
@ApplicationScoped
public class AuditWriter {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class);

    /**
     * How long, and how many times at most, the writer goes on replacing pooled connections that fail at once (left
     * stale by a database restart) before it gives up: far more than the pool's size needs.
     */
    static final Duration STALE_CONNECTION_BUDGET = Duration.ofSeconds(1);

    static final int STALE_CONNECTION_ATTEMPTS = 64;

    /** One row to write; {@code bind} sets its parameters on the insert statement. */
    record Pending(String insertSql, Binder bind, CompletableFuture<Void> done) {}

    /** Sets one row's parameters on the insert statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement insert) throws SQLException;
    }

    private final DataSource dataSource;
    private final AuditConfig config;
    private final BlockingQueue<Pending> queue;
    private final ChainHeadKeeper head;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final DistributionSummary batchRows;
    private final Timer commitTime;
    private volatile boolean accepting = true;
    private volatile boolean running = true;
    private Thread thread;
    private Connection connection;

    /** A writer whose metrics are kept to itself (tests that build one by hand). */
    public AuditWriter(DataSource dataSource, AuditConfig config) {
        this(dataSource, config, new SimpleMeterRegistry());
    }

    @Inject
    public AuditWriter(DataSource dataSource, AuditConfig config, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.head = new ChainHeadKeeper(
                config.headFile()
                        .filter(f -> !f.isBlank())
                        .map(Path::of)
                        .orElseGet(() -> AuditHeadFile.defaultPath(System.getenv())),
                config.headWriteInterval());
        Gauge.builder("idds.audit.queue", this, AuditWriter::queued)
                .baseUnit("rows")
                .description("Audit rows waiting for the writer")
                .register(metrics);
        this.batchRows = DistributionSummary.builder("idds.audit.batch")
                .baseUnit("rows")
                .description("Rows per audit commit")
                .register(metrics);
        this.commitTime = Timer.builder("idds.audit.commit")
                .description("Insert and COMMIT of one audit batch that committed")
                .publishPercentileHistogram()
                .register(metrics);
    }

    /** The newest audit chain head this writer has seen. */
    Optional<ChainHead> chainHead() {
        return head.latest();
    }

    void start(@Observes StartupEvent event) {
        if (config.writerSocketTimeout().compareTo(config.callerTimeout()) <= 0) {
            throw new IllegalStateException("idds.audit.writer-socket-timeout (" + config.writerSocketTimeout()
                    + ") must be longer than idds.audit.caller-timeout (" + config.callerTimeout() + ")");
        }
        thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs before the embedded database stops (see {@code EmbeddedDatabaseLifecycle}). */
    void drain(@Observes @Priority(1_000) ShutdownEvent event) {
        accepting = false;
        running = false;
        if (thread != null) {
            try {
                thread.join(config.callerTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.infof("audit writer stopped: %d rows in %d commits", rows.get(), batches.get());
    }

    /** Rows waiting for the writer (for health and tests). */
    int queued() {
        return queue.size();
    }

    /** Queues a row and waits until its transaction is committed. */
    void write(String insertSql, Binder bind) {
        if (!accepting) {
            throw new AuditUnavailableException("the service is shutting down", null);
        }
        Pending pending = new Pending(insertSql, bind, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new AuditBusyException("audit queue full (" + config.queueCapacity() + " rows)");
        }
        try {
            pending.done().get(config.callerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (pending.done().cancel(false)) {
                throw new AuditUnavailableException("audit row not committed within " + config.callerTimeout(), e);
            }
            awaitCompleted(pending); // completed while we gave up: report what really happened
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new AuditUnavailableException("audit write failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for the audit commit", e);
        }
    }

    private static void awaitCompleted(Pending pending) {
        try {
            pending.done().join();
        } catch (CancellationException e) {
            throw new AuditUnavailableException("audit row withdrawn", e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new AuditUnavailableException("audit write failed", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(config.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                head.tick();
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, config.maxBatch() - 1);
                batch.removeIf(p -> p.done().isDone()); // callers that gave up before the write started
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException | Error e) {
                // An Error too (a driver assertion, a stack overflow): a dead writer would leave every later caller
                // to its timeout. Its batch is answered 503 and the connection, in an unknown state, is replaced.
                LOG.errorf("audit writer: unexpected failure (%s)", e.getClass().getSimpleName());
                closeConnection();
                batch.forEach(
                        p -> p.done().completeExceptionally(new AuditUnavailableException("audit write failed", e)));
            } finally {
                batch.clear();
            }
        }
        head.flush();
        closeConnection();
    }

    private void writeBatch(List<Pending> batch) {
        writeBatch(batch, true);
    }

    private void writeBatch(List<Pending> batch, boolean mayRetry) {
        Connection c;
        try {
            c = connection();
        } catch (SQLException e) {
            LOG.errorf(
                    "audit database unavailable (SQLSTATE %s); %d assessments answered 503",
                    e.getSQLState(), batch.size());
            fail(batch, new AuditUnavailableException("audit database unavailable", e));
            pause();
            return;
        }
        boolean commitSent = false;
        long start = System.nanoTime();
        try {
            insert(c, batch);
            commitSent = true;
            c.commit();
            commitTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            committed(batch);
            keepChainHead(c);
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (isConnectionFailure(e, c)) {
                closeConnection();
                List<Pending> waiting = waiting(batch);
                if (commitSent) {
                    LOG.warnf(
                            "audit COMMIT got no answer (SQLSTATE %s); its %d rows are written again one by one on a "
                                    + "fresh connection (a duplicate id means the row had landed)",
                            e.getSQLState(), waiting.size());
                    rewriteAfterLostCommit(waiting);
                } else if (mayRetry && !waiting.isEmpty()) {
                    LOG.warnf(
                            "audit database connection lost before COMMIT (SQLSTATE %s); retrying once on a fresh one",
                            e.getSQLState());
                    writeBatch(waiting, false);
                } else {
                    LOG.errorf(
                            "audit database connection lost (SQLSTATE %s); %d assessments answered 503",
                            e.getSQLState(), batch.size());
                    fail(batch, new AuditUnavailableException("audit database unavailable", e));
                    pause();
                }
            } else if (isRefusedRow(e) && batch.size() > 1) {
                batch.forEach(p -> writeBatch(List.of(p), mayRetry)); // one bad row must not sink the others
            } else if (isRefusedRow(e)) {
                LOG.errorf("audit row refused by the database (SQLSTATE %s)", e.getSQLState());
                fail(batch, new AuditUnavailableException("audit row refused: SQLSTATE " + e.getSQLState(), e));
            } else {
                // a statement timeout, a missing privilege: splitting the batch would only repeat the wait
                LOG.errorf(
                        "audit batch failed (SQLSTATE %s); %d assessments answered 503", e.getSQLState(), batch.size());
                fail(batch, new AuditUnavailableException("audit write failed: SQLSTATE " + e.getSQLState(), e));
            }
        }
    }

    /**
     * After a COMMIT that got no answer, each row alone in its own transaction on a fresh connection. The lost
     * transaction either committed every row of the batch or none: a row that is already there (duplicate key on
     * its id) was stored by it and is answered as stored; a row that is not is stored now.
     */
    private void rewriteAfterLostCommit(List<Pending> lost) {
        int landed = 0;
        for (int i = 0; i < lost.size(); i++) {
            Pending p = lost.get(i);
            Connection c;
            try {
                c = connection();
            } catch (SQLException e) {
                LOG.errorf("audit database unavailable (SQLSTATE %s) after a lost COMMIT", e.getSQLState());
                fail(lost.subList(i, lost.size()), new AuditUnavailableException("audit database unavailable", e));
                pause();
                return;
            }
            try {
                insertOne(c, p);
                c.commit();
                committed(List.of(p));
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (isDuplicateId(e)) {
                    landed++;
                    rows.incrementAndGet();
                    p.done().complete(null);
                } else if (isConnectionFailure(e, c)) {
                    closeConnection();
                    LOG.errorf(
                            "audit database connection lost again (SQLSTATE %s) after a lost COMMIT", e.getSQLState());
                    fail(lost.subList(i, lost.size()), new AuditUnavailableException("audit database unavailable", e));
                    pause();
                    return;
                } else {
                    LOG.errorf("audit row refused by the database (SQLSTATE %s)", e.getSQLState());
                    p.done()
                            .completeExceptionally(
                                    new AuditUnavailableException("audit row refused: SQLSTATE " + e.getSQLState(), e));
                }
            }
        }
        LOG.infof("after a lost COMMIT: %d of %d rows had landed", landed, lost.size());
    }

    private void committed(List<Pending> batch) {
        batchRows.record(batch.size());
        batches.incrementAndGet();
        rows.addAndGet(batch.size());
        batch.forEach(p -> p.done().complete(null));
    }

    private static void fail(List<Pending> batch, AuditUnavailableException e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
    }

    /** The rows whose callers still wait (a caller that timed out has already answered 503). */
    private static List<Pending> waiting(List<Pending> batch) {
        return batch.stream().filter(p -> !p.done().isDone()).toList();
    }

    /** After the batch's callers were answered: a failure here concerns the head only, never a stored row. */
    private void keepChainHead(Connection c) {
        try {
            head.afterCommit(c);
        } catch (SQLException e) {
            rollbackQuietly(c);
            LOG.debugf("audit chain head not read (SQLSTATE %s)", e.getSQLState());
            if (isConnectionFailure(e, c)) {
                closeConnection(); // the next batch reconnects
            }
        }
    }

    private static void insert(Connection c, List<Pending> batch) throws SQLException {
        String sql = batch.get(0).insertSql();
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (Pending p : batch) {
                p.bind().bind(insert);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int count : counts) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("audit row was not written", "XX000");
                }
            }
        }
    }

    private static void insertOne(Connection c, Pending p) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(p.insertSql())) {
            p.bind().bind(insert);
            if (insert.executeUpdate() != 1) {
                throw new SQLException("audit row was not written", "XX000");
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = openConnection();
        }
        return connection;
    }

    /**
     * A pooled connection proven by a round trip (under the pool's socket timeout), then given the writer's own
     * network timeout. After a database restart the pool may still hold connections to the old server: each fails
     * at once and is dropped (the pool discards a connection that failed with SQLSTATE 08), so the next one is
     * tried, for as long as the failures are immediate ({@link #STALE_CONNECTION_BUDGET}). A server that does not
     * answer fails the attempt after the pool's socket timeout, with no second try.
     */
    private Connection openConnection() throws SQLException {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = on");
                c.setAutoCommit(false);
                c.setNetworkTimeout(
                        Runnable::run,
                        Math.toIntExact(config.writerSocketTimeout().toMillis()));
                return c;
            } catch (SQLException e) {
                closeQuietly(c);
                boolean stale = isConnectionFailure(e)
                        && attempt < STALE_CONNECTION_ATTEMPTS
                        && System.nanoTime() - start < STALE_CONNECTION_BUDGET.toNanos();
                if (!stale) {
                    throw e;
                }
                LOG.debugf("audit writer: dropped a stale connection (SQLSTATE %s)", e.getSQLState());
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a failed audit connection", e);
        }
    }

    /** A lost or refused connection (class 08, or the server shutting down: 57P01 to 57P03). */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    /** The database refused the data of a row (class 22 data exception, class 23 integrity constraint). */
    private static boolean isRefusedRow(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("22") || state.startsWith("23");
    }

    /**
     * A duplicate key on the audit table's primary key, i.e. a row with this id is already stored. Only the
     * constraint named by the server counts: any other 23505 (or one without details) is not taken as stored,
     * which errs on the safe side (a 503 for a stored row, never a 200 for a missing one).
     */
    static boolean isDuplicateId(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next instanceof PSQLException p
                    && "23505".equals(p.getSQLState())
                    && p.getServerErrorMessage() != null
                    && JdbcAssessmentStore.ID_KEY.equals(
                            p.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException e, Connection c) {
        if (isConnectionFailure(e)) {
            return true;
        }
        try {
            return !c.isValid(2);
        } catch (SQLException invalid) {
            return true;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a failed audit batch", e);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the audit connection", e);
            }
            connection = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.reconnectBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
