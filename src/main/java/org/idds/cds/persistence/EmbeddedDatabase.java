package org.idds.cds.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL started from a Maven artifact, for running and testing with no install. It is used only when
 * no external database is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or {@code quarkus.datasource.jdbc.url}).
 */
public final class EmbeddedDatabase {

    public static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    public static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {}

    /** The externally configured JDBC URL, if any. */
    public static Optional<String> externalUrl() {
        return Optional.ofNullable(System.getProperty(URL_PROPERTY)).or(() -> Optional.ofNullable(System.getenv(URL_ENV)))
                .filter(url -> !url.isBlank());
    }

    /**
     * Starts the embedded server once (data kept in {@code dataDirectory} when given, else a temporary folder) and
     * returns the datasource settings that point at it.
     */
    public static synchronized Map<String, String> start(Optional<Path> dataDirectory) {
        if (running == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (dataDirectory.isPresent()) {
                    Files.createDirectories(dataDirectory.get());
                    builder.setDataDirectory(dataDirectory.get()).setCleanDataDirectory(false);
                }
                running = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return Map.of(
                URL_PROPERTY, running.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
