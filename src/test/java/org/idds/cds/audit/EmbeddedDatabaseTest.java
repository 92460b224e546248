package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded default, on its own server (whatever database the rest of the suite uses): durable settings, password
 * logins only, and a row whose append returned survives a SIGKILL of every PostgreSQL process, which the watchdog
 * then restarts.
 */
@Timeout(180)
class EmbeddedDatabaseTest {

    private static EmbeddedDatabase database;
    private static Path directory;

    @BeforeAll
    static void start() throws Exception {
        directory = Path.of("target", "embedded-postgres", "durability-" + UUID.randomUUID());
        database = EmbeddedDatabase.open(directory);
        Migrations.apply(database);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.APP, database.appPassword());
    }

    private static String show(String setting) throws SQLException {
        try (Connection c = app();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void thePostmasterRunsFromThePrivateBinariesDirectoryNeverTheSharedTmp() throws Exception {
        Path privateParent = directory.toAbsolutePath().getParent().resolve(EmbeddedDatabase.PRIVATE_PARENT);
        assertEquals(privateParent.resolve("binaries"), database.binariesDirectory());
        assertEquals(
                "rwx------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(privateParent)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90)); // the watchdog may be restarting it
        while (database.postmaster().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        ProcessHandle postmaster = database.postmaster().orElseThrow();
        String program = Files.readString(Path.of("/proc", Long.toString(postmaster.pid()), "cmdline"))
                .split("\0")[0];
        assertTrue(program.startsWith(privateParent.toString() + "/"), program);
        assertFalse(program.startsWith("/tmp/embedded-pg"), program);
    }

    @Test
    void fsyncFullPageWritesAndSynchronousCommitAreOn() throws SQLException {
        assertEquals("on", show("fsync"));
        assertEquals("on", show("full_page_writes"));
        assertEquals("on", show("synchronous_commit"));
    }

    @Test
    void aLoginWithoutPasswordIsRefusedForEveryRole() throws Exception {
        for (String role : new String[] {"postgres", EmbeddedDatabase.OWNER, EmbeddedDatabase.APP}) {
            SQLException e = assertThrows(
                    SQLException.class, () -> DriverManager.getConnection(database.jdbcUrl(), role, ""), role);
            assertTrue(
                    e.getSQLState().startsWith("28") || e.getSQLState().startsWith("08"),
                    role + ": " + e.getSQLState());
            assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), role, "wrong-password"),
                    role);
        }
        String hba = Files.readString(directory.resolve("pg_hba.conf"));
        assertFalse(hba.contains("trust"), hba);
        assertFalse(hba.contains("peer"), hba);
        assertTrue(hba.contains("local all all scram-sha-256"), hba);
    }

    @Test
    void aSecondServerOnADataDirectoryInUseIsRefusedBeforeItTouchesIt() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90)); // the watchdog may be restarting it
        while (database.postmaster().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        long postmaster = database.postmaster().orElseThrow().pid();
        DataDirectoryInUseException e =
                assertThrows(DataDirectoryInUseException.class, () -> EmbeddedDatabase.open(directory));
        assertTrue(e.getMessage().contains("is in use by another running service"), e.getMessage());
        assertEquals(postmaster, database.postmaster().orElseThrow().pid(), "the running server left alone");
    }

    @Test
    void whatPostgresGrantsEveryRoleIsTakenAgainAtEveryStart() throws Exception {
        // a data directory bootstrapped before the revocations existed: PostgreSQL's defaults given back
        Path old = Path.of("target", "embedded-postgres", "old-defaults-" + UUID.randomUUID());
        EmbeddedDatabase first = EmbeddedDatabase.open(old);
        String superuser = DatabaseCredentials.loadOrGenerate(old.resolve(EmbeddedDatabase.CREDENTIALS_FILE))
                .superuser();
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", superuser);
                Statement s = c.createStatement()) {
            s.execute("grant connect on database postgres to public");
            s.execute("grant temporary on database idds to public");
            s.execute("grant execute on function lo_from_bytea(oid, bytea) to public");
        }
        int port = first.port();
        first.close();
        EmbeddedDatabase again = EmbeddedDatabase.open(old, port);
        try (Connection app = DriverManager.getConnection(again.jdbcUrl(), EmbeddedDatabase.APP, again.appPassword());
                Statement s = app.createStatement()) {
            for (String sql : new String[] {"select lo_from_bytea(0, 'x')", "create temp table t(x int)"}) {
                assertEquals(
                        "42501",
                        assertThrows(SQLException.class, () -> s.execute(sql), sql)
                                .getSQLState(),
                        sql);
            }
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(
                            again.jdbcUrl().replaceFirst("/idds(\\?|$)", "/postgres$1"),
                            EmbeddedDatabase.APP,
                            again.appPassword()));
            assertEquals("42501", refused.getSQLState());
        } finally {
            again.close();
        }
    }

    @Test
    void theCredentialsFileIsReadableByTheServiceUserOnly() throws Exception {
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(directory.resolve(EmbeddedDatabase.CREDENTIALS_FILE))));
    }

    @Test
    void aRowWhoseAppendReturnedSurvivesASigkillOfThePostgresProcesses() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(EmbeddedDatabase.APP);
        dataSource.setPassword(database.appPassword());
        AuditWriter writer = new AuditWriter(dataSource, TestAuditConfig.DEFAULTS);
        writer.start(null);
        JdbcAssessmentStore store = new JdbcAssessmentStore(dataSource, writer);
        UUID id = UUID.randomUUID();
        store.append(new StoredAssessment(
                new AssessmentColumns(
                        id,
                        AssessmentKind.CANDIDACY,
                        "CANDIDATE",
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        "test",
                        "sha256:test",
                        Optional.empty()),
                "{}",
                "{\"answer\":true}",
                Optional.of(RawRequest.of("{}".getBytes())),
                Optional.of("durability-test"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));

        // append has returned: kill -9 the postmaster and every backend at once, as a host crash would
        ProcessHandle postmaster = database.postmaster().orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get();

        // the watchdog restarts the server on the same port and data directory; crash recovery replays the WAL
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Optional<StoredAssessment> found = Optional.empty();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                found = store.find(id);
                break;
            } catch (RuntimeException down) {
                Thread.sleep(250);
            }
        }
        assertTrue(found.isPresent(), "the acknowledged row is there after the crash and restart");
        assertEquals("{\"answer\":true}", found.get().responseJson());
        assertTrue(database.postmaster().map(p -> p.pid() != postmaster.pid()).orElse(false), "a new postmaster runs");
        writer.drain(null);
    }
}
