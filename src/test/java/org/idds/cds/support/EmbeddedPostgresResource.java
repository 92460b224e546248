package org.idds.cds.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.idds.cds.audit.EmbeddedDatabase;

/**
 * Gives every Quarkus test a real PostgreSQL: the external one when QUARKUS_DATASOURCE_JDBC_URL is set (CI starts
 * the machine's PostgreSQL with the owner and application roles), else the embedded server exactly as the service
 * runs it (durable settings, scram-sha-256, owner and application roles, migrated as the owner), with its data under
 * target/. Never H2,
 * never a mock.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final Path DATA = Path.of("target", "embedded-postgres", "quarkus-tests-" + UUID.randomUUID());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-test-stop"));
    }

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalUrl().isPresent()) {
            return Map.of();
        }
        // migrated as the service migrates it (as the owner, before Quarkus starts); the owner's settings are for
        // tests that act as the owner (support/AuditRows) and for the test profile's migrate-at-start, a no-op here
        Map<String, String> settings = new HashMap<>(EmbeddedDatabase.start(DATA));
        settings.putAll(EmbeddedDatabase.ownerSettings());
        return settings;
    }

    @Override
    public void stop() {
        // stopped when the test JVM exits, so that a second application start in the same run finds it running
    }
}
