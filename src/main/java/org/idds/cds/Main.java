package org.idds.cds;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import org.idds.cds.persistence.EmbeddedDatabase;
import org.idds.cds.persistence.EmbeddedDatabaseLifecycle;

/**
 * Entry point. With no external database configured it starts an embedded, real PostgreSQL (data under
 * {@code IDDS_EMBEDDED_DATA_DIR}, default {@code ./data/postgres}) so the service runs with one command, and stops
 * it after the application has stopped.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        if (EmbeddedDatabase.externalUrl().isEmpty()) {
            Path dataDirectory = Path.of(Optional.ofNullable(System.getenv("IDDS_EMBEDDED_DATA_DIR")).orElse("data/postgres"));
            EmbeddedDatabase.start(dataDirectory).forEach(System::setProperty);
            System.setProperty(EmbeddedDatabaseLifecycle.STOP_WITH_APPLICATION, "true");
        }
        Quarkus.run(args);
    }
}
