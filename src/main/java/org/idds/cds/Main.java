package org.idds.cds;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import org.idds.cds.audit.EmbeddedDatabase;
import org.idds.cds.audit.EmbeddedDatabaseLifecycle;
import org.idds.cds.security.IdentityProviderSettings;

/**
 * Entry point. With no external database configured it starts an embedded, real PostgreSQL (data under
 * {@code IDDS_EMBEDDED_DATA_DIR}, default {@code ./data/postgres}) so the service runs with one command, and stops
 * it after the application has stopped. With no external identity provider configured it creates (first start) or
 * loads this installation's token signing key pair ({@code IDDS_KEY_DIR}, default {@code ./data/keys}); see
 * {@link IdentityProviderSettings}.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        IdentityProviderSettings.resolve(System.getenv(), System.getProperties())
                .properties()
                .forEach(System::setProperty);
        if (EmbeddedDatabase.externalUrl().isEmpty()) {
            Path dataDirectory = Path.of(
                    Optional.ofNullable(System.getenv("IDDS_EMBEDDED_DATA_DIR")).orElse("data/postgres"));
            EmbeddedDatabase.start(dataDirectory).forEach(System::setProperty);
            System.setProperty(EmbeddedDatabaseLifecycle.STOP_WITH_APPLICATION, "true");
        }
        Quarkus.run(args);
    }
}
