package org.idds.cds.audit;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The database's schema is behind the migrations bundled in this build. A {@link ConfigurationException} without a
 * cause, so Quarkus stops the start with this message alone (no stack trace) and exit status 1.
 */
public final class SchemaBehindException extends ConfigurationException {
    public SchemaBehindException(String reason) {
        super("IDDS refuses to start: " + reason
                + " Run the migration first, as the database owner, with this same jar: QUARKUS_INIT_AND_EXIT=true"
                + " QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_FLYWAY_USERNAME=<owner>"
                + " QUARKUS_FLYWAY_PASSWORD=<owner password> java -jar quarkus-run.jar"
                + " (docs/operations.md, \"An external PostgreSQL\").");
    }
}
