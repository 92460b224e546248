package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded server's read-only audit role exists on every start, also for a data directory bootstrapped before
 * the role existed (its credentials file gets a reader password); it logs in with its password only and may read
 * the audit and its chain, nothing more.
 */
@Timeout(180)
class EmbeddedReaderRoleTest {

    @Test
    void aDataDirectoryFromBeforeTheReaderRoleGetsItOnTheNextStart() throws Exception {
        Path directory = Path.of("target", "embedded-postgres", "reader-role-" + UUID.randomUUID());
        Path credentials = directory.resolve(EmbeddedDatabase.CREDENTIALS_FILE);
        try (EmbeddedDatabase database = EmbeddedDatabase.open(directory)) {
            // as an installation from before this change: no reader role, no reader password
            try (Connection c = DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres",
                            EmbeddedDatabase.SUPERUSER,
                            DatabaseCredentials.loadOrGenerate(credentials).superuser());
                    Statement s = c.createStatement()) {
                s.execute("revoke connect on database idds from " + EmbeddedDatabase.READER);
                s.execute("drop role " + EmbeddedDatabase.READER);
            }
        }
        List<String> lines = Files.readAllLines(credentials).stream()
                .filter(l -> !l.startsWith("reader="))
                .toList();
        Files.write(credentials, lines);

        try (EmbeddedDatabase database = EmbeddedDatabase.open(directory)) {
            Migrations.apply(database);
            String password = DatabaseCredentials.readerPassword(credentials);
            assertEquals(database.readerPassword(), password);
            assertNotEquals(database.appPassword(), password);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            try (Connection reader =
                            DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.READER, password);
                    Statement s = reader.createStatement();
                    ResultSet r = s.executeQuery(
                            "select (select count(*) from assessment)"
                                    + " + (select count(*) from assessment_chain),"
                                    + " (select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user)")) {
                assertTrue(r.next());
                assertEquals(0, r.getLong(1));
                assertEquals(false, r.getBoolean(2));
            }
            assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.READER, "wrong"));
        }
    }
}
