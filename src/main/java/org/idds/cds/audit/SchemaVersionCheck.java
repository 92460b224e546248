package org.idds.cds.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.logging.Logger;

/**
 * At start, compares the database's schema with the migrations bundled in this build, through what the application
 * role may read ({@code flyway_schema_history}, granted by migration V8), and refuses to start when the database is
 * behind: the service never migrates with an external database (it does not hold the owner's password), so a
 * missing migration means the separate migration run was not done ({@link SchemaBehindException}, one message, exit
 * status 1). A database ahead of this build (an older replica during a rolling upgrade) is accepted. A database that
 * cannot be reached at start is not a reason to stop: the service starts not ready, as it does today, and answers 503
 * until the database is back.
 */
@ApplicationScoped
public class SchemaVersionCheck {

    /** SQLSTATE insufficient_privilege: the history table exists but this role may not read it (before V8). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static final Logger LOG = Logger.getLogger(SchemaVersionCheck.class);

    @Inject
    Flyway flyway;

    void check(@Observes @Priority(1) StartupEvent event) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            if (sqlState(e).filter(INSUFFICIENT_PRIVILEGE::equals).isPresent()) {
                throw new SchemaBehindException("the database has not been migrated for this build (its application"
                        + " role may not yet read the schema version, which this build's migrations allow).");
            }
            LOG.warnf(
                    "database schema version not checked at start (%s); the service starts not ready",
                    sqlState(e).map(s -> "SQLSTATE " + s).orElse("database unreachable"));
            return;
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0) {
            String current = Optional.ofNullable(info.current())
                    .map(m -> "is at version " + m.getVersion())
                    .orElse("has no schema");
            throw new SchemaBehindException("the database " + current + " and this build needs version "
                    + pending[pending.length - 1].getVersion() + " (not applied: "
                    + Arrays.stream(pending).map(m -> "V" + m.getVersion()).collect(Collectors.joining(", "))
                    + ").");
        }
    }

    private static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
