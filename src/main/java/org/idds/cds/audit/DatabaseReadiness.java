package org.idds.cds.audit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the audit database, answered within {@link AuditConfig#readinessTimeout()} whatever the database
 * does (Agroal's own check waits as long as the pool and the driver do: a frozen server held it for 25 s and more).
 * One round trip ({@code select 1}) runs on a thread of its own; readiness is DOWN when it fails or has not answered
 * in time. A probe still running is shared by the next checks, so a frozen database holds one thread, not one per
 * check. Connections left stale by a database restart fail at once and are dropped by the pool (SQLSTATE 08); the
 * probe then takes the next, so readiness is UP as soon as the database answers again.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database connections health check";

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService probes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database-readiness");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> probe = CompletableFuture.completedFuture(null);

    public DatabaseReadiness(DataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.timeout = config.readinessTimeout();
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<Void> current = probe();
        try {
            current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME).up().build();
        } catch (TimeoutException e) {
            return down("no answer from the database within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(
                    e.getCause() instanceof SQLException s
                            ? "database unavailable (SQLSTATE " + s.getSQLState() + ")"
                            : "database unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME)
                .down()
                .withData("default", reason)
                .build();
    }

    /** The probe in flight, or a new one when the last has ended. */
    private synchronized CompletableFuture<Void> probe() {
        if (probe.isDone()) {
            CompletableFuture<Void> next = new CompletableFuture<>();
            probes.execute(() -> {
                try {
                    roundTrip();
                    next.complete(null);
                } catch (SQLException | RuntimeException e) {
                    next.completeExceptionally(e);
                }
            });
            probe = next;
        }
        return probe;
    }

    /** {@code select 1}; a connection that fails at once (stale) is replaced, a failure to connect is final. */
    private void roundTrip() throws SQLException {
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("select 1");
                    return;
                } catch (SQLException e) {
                    String state = e.getSQLState() == null ? "" : e.getSQLState();
                    boolean stale = (state.startsWith("08") || state.startsWith("57P"))
                            && attempt < AuditWriter.STALE_CONNECTION_ATTEMPTS
                            && System.nanoTime() - start < AuditWriter.STALE_CONNECTION_BUDGET.toNanos();
                    if (!stale) {
                        throw e;
                    }
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        probes.shutdownNow();
    }
}
