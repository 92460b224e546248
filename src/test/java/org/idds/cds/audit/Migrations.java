package org.idds.cds.audit;

/** Applies the Flyway migrations as the owner role, as the service does, for tests that run without Quarkus. */
final class Migrations {

    private Migrations() {}

    static void apply(EmbeddedDatabase database) {
        database.migrate();
    }
}
