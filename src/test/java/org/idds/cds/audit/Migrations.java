package org.idds.cds.audit;

/** Applies the Flyway migrations as the owner role, as the service does, for tests that run without Quarkus. */
final class Migrations {

    private Migrations() {}

    static void apply(EmbeddedDatabase database) {
        database.migrate();
    }

    /** Applies the migrations up to and including {@code version} (e.g. to store rows from before a migration). */
    static void applyUpTo(EmbeddedDatabase database, String version) {
        database.migrateUpTo(version);
    }
}
