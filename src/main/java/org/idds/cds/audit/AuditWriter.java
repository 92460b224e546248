package org.idds.cds.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * <li>Database outage: the batch's callers get 503; the writer drops its connection and reconnects with a pause.</li>
 * <li>Shutdown: new rows are refused, queued rows are written before the database stops.</li>
 * <li>After each commit (callers already answered) the audit chain's head is read and kept outside the database
 * ({@link ChainHeadKeeper}).</li>
 * </ul>
 */
@ApplicationScoped
public class AuditWriter {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class);

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
    private volatile boolean accepting = true;
    private volatile boolean running = true;
    private Thread thread;
    private Connection connection;

    public AuditWriter(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.head = new ChainHeadKeeper(
                config.headFile()
                        .filter(f -> !f.isBlank())
                        .map(Path::of)
                        .orElseGet(() -> AuditHeadFile.defaultPath(System.getenv())),
                config.headWriteInterval());
    }

    /** The newest audit chain head this writer has seen. */
    Optional<ChainHead> chainHead() {
        return head.latest();
    }

    void start(@Observes StartupEvent event) {
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
            } catch (RuntimeException e) {
                LOG.errorf("audit writer: unexpected failure (%s)", e.getClass().getSimpleName());
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
        Connection c;
        try {
            c = connection();
        } catch (SQLException e) {
            LOG.errorf(
                    "audit database unavailable (SQLSTATE %s); %d assessments answered 503",
                    e.getSQLState(), batch.size());
            batch.forEach(p ->
                    p.done().completeExceptionally(new AuditUnavailableException("audit database unavailable", e)));
            pause();
            return;
        }
        try {
            insert(c, batch);
            c.commit();
            batches.incrementAndGet();
            rows.addAndGet(batch.size());
            batch.forEach(p -> p.done().complete(null));
            keepChainHead(c);
        } catch (SQLException e) {
            rollbackQuietly(c);
            if (isConnectionFailure(e, c)) {
                LOG.errorf("audit database connection lost (SQLSTATE %s); reconnecting", e.getSQLState());
                closeConnection();
                batch.forEach(p ->
                        p.done().completeExceptionally(new AuditUnavailableException("audit database unavailable", e)));
                pause();
            } else if (batch.size() > 1) {
                batch.forEach(p -> writeBatch(List.of(p))); // one bad row must not sink the others
            } else {
                LOG.errorf("audit row refused by the database (SQLSTATE %s)", e.getSQLState());
                batch.get(0)
                        .done()
                        .completeExceptionally(
                                new AuditUnavailableException("audit row refused: SQLSTATE " + e.getSQLState(), e));
            }
        }
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

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = on");
                c.setAutoCommit(false);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    private static boolean isConnectionFailure(SQLException e, Connection c) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
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
