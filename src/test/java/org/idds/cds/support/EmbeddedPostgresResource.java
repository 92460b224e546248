package org.idds.cds.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.persistence.EmbeddedDatabase;

/**
 * Gives every Quarkus test a real PostgreSQL: the external one when QUARKUS_DATASOURCE_JDBC_URL is set (CI starts
 * the machine's PostgreSQL), else an embedded server from a Maven artifact. Never H2, never a mock.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.externalUrl().isPresent()) {
            return Map.of();
        }
        return EmbeddedDatabase.start(Optional.empty());
    }

    @Override
    public void stop() {
        // the embedded server stops with the JVM (shutdown hook)
    }
}
