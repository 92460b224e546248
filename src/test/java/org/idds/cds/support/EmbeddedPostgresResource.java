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
        Map<String, String> settings = new HashMap<>(EmbeddedDatabase.start(DATA));
        // the service's audit chain head, kept beside this run's own data directory
        settings.put("idds.audit.head-file", headFile().toString());
        settings.putAll(EmbeddedDatabase.ownerSettings());
        return settings;
    }

    /** This run's embedded data directory (its server runs while the tests run). */
    public static Path dataDirectory() {
        return DATA;
    }

    /** Where the service keeps the audit chain head in this test run. */
    public static Path headFile() {
        return EmbeddedDatabase.externalUrl().isPresent()
                ? Path.of("target", "audit-head-external")
                : DATA.resolveSibling(DATA.getFileName() + "-audit-head");
    }

    @Override
    public void stop() {
        // stopped when the test JVM exits, so that a second application start in the same run finds it running
    }
}
