package org.idds.cds.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** Applies the Flyway migrations as the owner role, as the service does, for tests that run without Quarkus. */
final class Migrations {

    private Migrations() {}

    static void apply(EmbeddedDatabase database) throws IOException, SQLException {
        apply(database, version -> true);
    }

    /** Applies the migrations whose version {@code versions} accepts, in order. */
    static void apply(EmbeddedDatabase database, IntPredicate versions) throws IOException, SQLException {
        try (Connection owner = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.OWNER, database.ownerPassword());
                Statement s = owner.createStatement();
                Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : files.sorted(Comparator.comparingInt(Migrations::version))
                    .filter(m -> versions.test(version(m)))
                    .toList()) {
                owner.setAutoCommit(false); // each migration in a transaction of its own, as Flyway runs them
                s.execute(Files.readString(migration)
                        .replace("${appRole}", EmbeddedDatabase.APP)
                        .replace("${readerRole}", EmbeddedDatabase.READER));
                owner.commit();
            }
        }
    }

    private static int version(Path migration) {
        return Integer.parseInt(migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }
}
