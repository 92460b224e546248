package org.idds.cds;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.idds.cds.audit.DataDirectoryInUseException;
import org.idds.cds.audit.EmbeddedDatabase;
import org.idds.cds.audit.EmbeddedDatabaseLifecycle;
import org.idds.cds.audit.VerifyAuditCommand;
import org.idds.cds.security.IdentityProviderConfigurationException;
import org.idds.cds.security.IdentityProviderSettings;
import org.idds.cds.security.KeyDirectoryException;
import org.idds.cds.security.UnsafeDirectoryException;

/**
 * Entry point. With no external database configured it starts an embedded, real PostgreSQL (data under
 * {@code IDDS_EMBEDDED_DATA_DIR}, default {@code ./data/postgres}) so the service runs with one command, and stops
 * it after the application has stopped; it migrates that database as the owner role and hands Quarkus the
 * application role only. A second service on a data directory in use exits at once with a message (status 2). With
 * an external database the service does not migrate (docs/operations.md, "An external PostgreSQL"). With no external
 * identity provider configured it creates (first start) or
 * loads this installation's token signing key pair ({@code IDDS_KEY_DIR}, default {@code ./data/keys}); see
 * {@link IdentityProviderSettings}.
 *
 * <p>{@code verify-audit [options]} as the first argument checks the audit's hash chain instead of starting the
 * service ({@link VerifyAuditCommand}, {@code bin/verify-audit}) and exits with its code.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        if (args.length > 0 && VerifyAuditCommand.NAME.equals(args[0])) {
            System.exit(
                    VerifyAuditCommand.run(Arrays.asList(args).subList(1, args.length), System.getenv(), System.out));
        }
        // an invalid request URI reaches the router, which answers it as problem+json (web/RequestUriCheck)
        System.setProperty("vertx.disableURIValidation", "true");
        try {
            prepare();
        } catch (UnsafeDirectoryException | KeyDirectoryException | IdentityProviderConfigurationException e) {
            // a setting or a directory the operator must fix: one line saying what, never a stack trace
            System.err.println("IDDS refuses to start: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /** What must hold before Quarkus starts: who signs tokens, and the embedded database (started and migrated). */
    private static void prepare() {
        IdentityProviderSettings.resolve(System.getenv(), System.getProperties())
                .properties()
                .forEach(System::setProperty);
        if (EmbeddedDatabase.externalUrl().isEmpty()) {
            Path dataDirectory = Path.of(
                    Optional.ofNullable(System.getenv("IDDS_EMBEDDED_DATA_DIR")).orElse("data/postgres"));
            // the database must not take the port the HTTP server is about to bind (free until Quarkus starts);
            // migrated as the owner here, Quarkus gets the application role only
            try {
                EmbeddedDatabase.start(dataDirectory, httpPort()).forEach(System::setProperty);
            } catch (DataDirectoryInUseException e) {
                System.err.println("IDDS refuses to start: " + e.getMessage());
                System.exit(2);
            }
            System.setProperty(EmbeddedDatabaseLifecycle.STOP_WITH_APPLICATION, "true");
        }
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
