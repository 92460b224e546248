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
        // an invalid request URI reaches the router, which answers it as problem+json (web/RequestUriCheck)
        System.setProperty("vertx.disableURIValidation", "true");
        IdentityProviderSettings.resolve(System.getenv(), System.getProperties())
                .properties()
                .forEach(System::setProperty);
        if (EmbeddedDatabase.externalUrl().isEmpty()) {
            Path dataDirectory = Path.of(
                    Optional.ofNullable(System.getenv("IDDS_EMBEDDED_DATA_DIR")).orElse("data/postgres"));
            // the database must not take the port the HTTP server is about to bind (free until Quarkus starts)
            EmbeddedDatabase.start(dataDirectory, httpPort()).forEach(System::setProperty);
            System.setProperty(EmbeddedDatabaseLifecycle.STOP_WITH_APPLICATION, "true");
        }
        Quarkus.run(args);
    }

    /** The HTTP port Quarkus will bind: {@code quarkus.http.port} as a system property or environment variable. */
    private static int httpPort() {
        String configured = Optional.ofNullable(System.getProperty("quarkus.http.port"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_HTTP_PORT")))
                .orElse("8080");
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            return 8080;
        }
    }
}
