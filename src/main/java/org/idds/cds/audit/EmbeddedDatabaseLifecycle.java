package org.idds.cds.audit;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops the embedded PostgreSQL that {@code Main} started, after everything else has stopped: observers of
 * {@link ShutdownEvent} run in priority order, and this one comes after the audit writer has drained its queue.
 * Tests manage their embedded server themselves ({@code Main} is not their entry point), so it only acts when asked.
 */
@ApplicationScoped
public class EmbeddedDatabaseLifecycle {

    public static final String STOP_WITH_APPLICATION = "idds.embedded-database.stop-with-application";

    void stop(@Observes @Priority(10_000) ShutdownEvent event) {
        if (Boolean.getBoolean(STOP_WITH_APPLICATION)) {
            EmbeddedDatabase.stop();
        }
    }
}
