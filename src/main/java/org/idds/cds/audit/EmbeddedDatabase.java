package org.idds.cds.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.idds.cds.security.DirectoryChain;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started from a Maven artifact, for running and testing with no install. It is used only when
 * no external database is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or {@code quarkus.datasource.jdbc.url}).
 *
 * <p>What it promises:
 * <ul>
 * <li><b>Durable.</b> fsync, full-page writes and synchronous commit are on (the zonky builder's defaults turn fsync
 * and synchronous commit off; its server settings are given after its {@code -F} flag, so they win).</li>
 * <li><b>Least privilege.</b> On first start it creates a database {@value #DATABASE} owned by {@value #OWNER} (runs
 * the migrations) and an application role {@value #APP} (INSERT and SELECT on the audit tables only, granted by the
 * migrations); neither is a superuser. On every start it makes sure of a read-only role {@value #READER}
 * (SELECT on the audit and its hash chain, granted by the migrations) for {@code bin/verify-audit}. Passwords are
 * generated, stored in {@value #CREDENTIALS_FILE} inside the data directory (readable by the service's user only),
 * and every login, local or TCP, needs scram-sha-256.
 * Until those passwords exist (the first seconds of a new data directory) only the superuser may log in, by
 * loopback TCP. At every start, as superuser, it takes from every role what PostgreSQL grants to all
 * ({@link #restrictPublicPrivileges()}: large objects, temporary tables, connecting to other databases). The service
 * migrates as the owner ({@link #migrate()}) and hands Quarkus only the application role ({@link #settings()}).</li>
 * <li><b>One instance per data directory.</b> A second process on a data directory in use is refused
 * ({@link DataDirectoryInUseException}) before it touches anything.</li>
 * <li><b>No shared writable path.</b> The PostgreSQL binaries are unpacked into and run from a directory beside the
 * data directory inside a mode-700 directory of the service user ({@link #binariesDirectory(Path)}), never from the
 * library's default {@code /tmp/embedded-pg}; no directory on the way to the data directory may be writable by
 * every user without the sticky bit ({@link DirectoryChain}).</li>
 * <li><b>Restart after a crash.</b> A postmaster left running on the same data directory by a killed service is
 * found (after taking the embedded server's lock) and shut down (fast, then immediate) before a new one starts,
 * but only when it is provably ours ({@link OrphanedPostmaster}: {@code postgres -D} on this directory, our user,
 * the pid file's start time).</li>
 * <li><b>Server death while running.</b> A watchdog checks the postmaster every second; if it has died it is
 * restarted on the same data directory and port. Meanwhile readiness is DOWN and assessments answer 503.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    public static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    public static final String DATABASE = "idds";
    public static final String OWNER = "idds_owner";
    public static final String APP = "idds_app";
    /** Read-only role of {@code bin/verify-audit}: SELECT on the audit and its hash chain (granted by V7). */
    public static final String READER = "idds_audit_reader";

    static final String SUPERUSER = "postgres";
    static final String CREDENTIALS_FILE = "idds-credentials.properties";
    /** Beside the data directory (never in it: initdb needs an empty one): mode 700, the service user's. */
    static final String PRIVATE_PARENT = ".idds-embedded-pg";

    static final String HBA_MARKER = "# idds-cds: scram-sha-256 for every login";
    /** The embedded server's lock file in the data directory (the zonky library's; held while the server runs). */
    static final String LOCK_FILE = "epg-lock";
    /** The large-object functions that create one; PostgreSQL has no privilege to create large objects. */
    static final List<String> LARGE_OBJECT_CREATORS = List.of(
            "lo_creat(integer)",
            "lo_create(oid)",
            "lo_from_bytea(oid, bytea)",
            "lo_import(text)",
            "lo_import(text, oid)");

    /**
     * The application role's {@code statement_timeout} (never the owner's: a migration may take long). Reads are
     * primary-key lookups and audit inserts take milliseconds, so a statement still running after 4 s is waiting on a
     * lock or a sick server; it is cancelled by the server, with a clean error and a usable connection, before the
     * pool's 5 s socket timeout would break the connection. The same figure is in deploy/postgres/create-roles.sql.
     */
    static final String APP_STATEMENT_TIMEOUT = "4s";

    /**
     * TCP connect and login limits (pgjdbc, seconds) in every URL of this server, for the owner and the bootstrap
     * too: a login takes milliseconds, and a server that accepts a connection but never answers (frozen) must not
     * hold a caller. The pool's socket timeout is set in application.properties (application role only).
     */
    static final String CONNECT_LIMITS = "connectTimeout=2&loginTimeout=2";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedDatabase running;

    private final Path dataDirectory;
    private final Path binariesDirectory;
    private final DatabaseCredentials credentials;
    private volatile EmbeddedPostgres server;
    private volatile int port;
    private ScheduledExecutorService watchdog;
    private volatile boolean stopping;

    private EmbeddedDatabase(Path dataDirectory, Path binariesDirectory, DatabaseCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.binariesDirectory = binariesDirectory;
        this.credentials = credentials;
    }

    /** The externally configured JDBC URL, if any. */
    public static Optional<String> externalUrl() {
        return Optional.ofNullable(System.getProperty(URL_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(URL_ENV)))
                .filter(url -> !url.isBlank());
    }

    /**
     * Starts the embedded server once per JVM, with its data in {@code dataDirectory}, migrates it as the owner role
     * and returns the datasource settings that point at it (the application role only).
     */
    public static synchronized Map<String, String> start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * As {@link #start(Path)}, never on {@code reservedPort} (the service's own HTTP port, still free while the
     * database starts before Quarkus: a database that took it would stop the service from binding).
     */
    public static synchronized Map<String, String> start(Path dataDirectory, int reservedPort) {
        if (running == null) {
            EmbeddedDatabase database = open(dataDirectory, freePortOtherThan(reservedPort));
            try {
                database.migrate();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            running = database;
        }
        return running.settings();
    }

    /** The owner role's Flyway settings of the server {@link #start(Path)} runs, for tests that act as the owner. */
    public static synchronized Map<String, String> ownerSettings() {
        if (running == null) {
            throw new IllegalStateException("the embedded PostgreSQL is not running");
        }
        return Map.of("quarkus.flyway.username", OWNER, "quarkus.flyway.password", running.credentials.owner());
    }

    /** A port free now, other than {@code reserved}; 0 if none could be found (then the server picks its own). */
    static int freePortOtherThan(int reserved) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int candidate = socket.getLocalPort();
                if (candidate != reserved) {
                    return candidate;
                }
            } catch (IOException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Starts a separate embedded server on {@code dataDirectory} (creating it, or recovering it after a crash) and
     * watches it. The caller owns it and must {@link #close()} it.
     */
    public static EmbeddedDatabase open(Path dataDirectory) {
        return open(dataDirectory, 0);
    }

    /** As {@link #open(Path)}, on a given port (0: any free port), e.g. to bring a stopped server back where it was. */
    public static EmbeddedDatabase open(Path dataDirectory, int port) {
        try {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            DirectoryChain.check(dir, "embedded database data directory");
            Files.createDirectories(dir);
            DirectoryChain.check(dir, "embedded database data directory");
            refuseIfInUse(dir);
            Path binaries = binariesDirectory(dir);
            EmbeddedDatabase database = new EmbeddedDatabase(
                    dir, binaries, DatabaseCredentials.loadOrGenerate(dir.resolve(CREDENTIALS_FILE)));
            try {
                database.startServer(port);
            } catch (IllegalStateException lockTaken) { // the library's "could not lock": a start at the same moment
                refuseIfInUse(dir);
                throw lockTaken;
            }
            database.bootstrapRoles();
            database.applyRoleSettings();
            database.ensureReaderRole();
            database.restrictPublicPrivileges();
            database.startWatchdog();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * Refuses a data directory whose embedded server another process (or this one) holds: the library locks
     * {@value #LOCK_FILE} in it for as long as its server runs. Checked before anything is unpacked, started or
     * stopped, so a second service on the same directory leaves the first one's server alone.
     */
    static void refuseIfInUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(dataDirectory);
        }
    }

    /**
     * Where the PostgreSQL binaries are unpacked and run from: {@code binaries} in {@value #PRIVATE_PARENT} beside
     * {@code dataDirectory} (created with mode 700, or accepted only when it is the service user's; its mode is reset
     * to 700). Never the library's default {@code /tmp/embedded-pg}, which it leaves writable by every user; it
     * makes its working directory writable by all at every start, so the 700 parent is what keeps others out.
     */
    static Path binariesDirectory(Path dataDirectory) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Path parent = Optional.ofNullable(dir.getParent())
                .orElseThrow(() -> new IOException("the data directory cannot be the root directory"));
        Path privateParent =
                DirectoryChain.ensurePrivate(parent.resolve(PRIVATE_PARENT), "embedded PostgreSQL binaries directory");
        DirectoryChain.check(privateParent, "embedded PostgreSQL binaries directory");
        return privateParent.resolve("binaries");
    }

    /** The directory the PostgreSQL binaries are unpacked into and run from. */
    Path binariesDirectory() {
        return binariesDirectory;
    }

    /** Stops this server (fast shutdown) and its watchdog. */
    public void close() {
        stopping = true;
        watchdog.shutdownNow();
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** The live postmaster's process, if it runs. */
    public Optional<ProcessHandle> postmaster() {
        return OrphanedPostmaster.runningPid(dataDirectory);
    }

    public int port() {
        return port;
    }

    /** A JDBC URL of this server's {@value #DATABASE} database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String ownerPassword() {
        return credentials.owner();
    }

    public String appPassword() {
        return credentials.app();
    }

    public String readerPassword() {
        return credentials.reader();
    }

    /** The datasource settings of this server: its URL and the application role; never the owner's password. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(URL_PROPERTY, jdbcUrl(DATABASE));
        settings.put("quarkus.datasource.username", APP);
        settings.put("quarkus.datasource.password", credentials.app());
        return settings;
    }

    /** The values of the migrations' placeholders for this server's roles. */
    public static Map<String, String> placeholders() {
        return Map.of("appRole", APP, "readerRole", READER);
    }

    /**
     * Applies the migrations bundled with the service ({@code db/migration}) as the owner role, with Flyway as
     * Quarkus would run it; nothing to do when the schema is current. The embedded service does this on every start
     * before Quarkus starts, so Quarkus itself never holds the owner's password.
     */
    public void migrate() {
        migrate(flyway().load());
    }

    /** As {@link #migrate()}, up to and including {@code version} only (tests store rows from before a migration). */
    void migrateUpTo(String version) {
        migrate(flyway().target(version).load());
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure(EmbeddedDatabase.class.getClassLoader())
                .dataSource(jdbcUrl(DATABASE), OWNER, credentials.owner())
                .locations("classpath:db/migration")
                .placeholders(placeholders());
    }

    private static void migrate(Flyway flyway) {
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.infof(
                    "embedded PostgreSQL: %d migration(s) applied as the owner role, schema now at version %s",
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?" + CONNECT_LIMITS;
    }

    private synchronized void startServer(int fixedPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setOverrideWorkingDirectory(binariesDirectory.toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", credentials.superuser())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setDataDirectoryCustomizer(this::prepareDataDirectory);
        if (fixedPort > 0) {
            builder.setPort(fixedPort);
        }
        server = builder.start();
        port = server.getPort();
    }

    /**
     * Runs after initdb (when the directory was new) and after the embedded server's lock is taken, before the
     * postmaster starts: stops an orphaned postmaster, stores the credentials and writes the access rules.
     */
    private void prepareDataDirectory(File directory) {
        try {
            OrphanedPostmaster.stopIfRunning(directory.toPath());
            credentials.storeUnlessComplete(directory.toPath().resolve(CREDENTIALS_FILE));
            Path hba = directory.toPath().resolve("pg_hba.conf");
            if (!Files.readString(hba).contains(HBA_MARKER)) {
                // Not yet bootstrapped: only the superuser, only over loopback TCP, until the passwords are set.
                Files.writeString(hba, """
                        # idds-cds bootstrap: replaced by scram-sha-256 rules once the role passwords are set
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        """);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL data directory could not be prepared", e);
        }
    }

    /** Creates the owner and application roles and the database (idempotent), then requires passwords everywhere. */
    private void bootstrapRoles() throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba).contains(HBA_MARKER)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, credentials.superuser());
                Statement s = c.createStatement()) {
            s.execute("alter role postgres password '" + credentials.superuser() + "'");
            for (String[] role : new String[][] {{OWNER, credentials.owner()}, {APP, credentials.app()}}) {
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role[0] + "') then "
                        + "create role " + role[0]
                        + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls; "
                        + "end if; end $$");
                s.execute("alter role " + role[0] + " password '" + role[1] + "'");
            }
            try (var r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
                }
            }
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect on database " + DATABASE + " to " + OWNER + ", " + APP);
            Files.writeString(
                    hba,
                    HBA_MARKER + "\n"
                            + "local all all scram-sha-256\n"
                            + "host all all 127.0.0.1/32 scram-sha-256\n"
                            + "host all all ::1/128 scram-sha-256\n");
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("embedded PostgreSQL roles could not be created: SQLSTATE " + e.getSQLState(), e);
        }
        LOG.info(
                "embedded PostgreSQL: owner and application roles created; password (scram-sha-256) required for every login");
    }

    /**
     * Role settings applied as superuser on every start, so a data directory bootstrapped by an older version gets
     * them too (idempotent): the application role's statement timeout ({@value #APP_STATEMENT_TIMEOUT}); the
     * owner's is left unset.
     */
    private void applyRoleSettings() throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, credentials.superuser());
                Statement s = c.createStatement()) {
            s.execute("alter role " + APP + " set statement_timeout = '" + APP_STATEMENT_TIMEOUT + "'");
        } catch (SQLException e) {
            throw new IOException("embedded PostgreSQL role settings not applied: SQLSTATE " + e.getSQLState(), e);
        }
    }

    /**
     * Creates the read-only audit role if it is missing and sets its password, on every start (a data directory
     * bootstrapped before the role existed gets it too): login, CONNECT on {@value #DATABASE}, nothing else here;
     * the migrations grant it SELECT on the audit tables.
     */
    private void ensureReaderRole() throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, credentials.superuser());
                Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + READER + "') then "
                    + "create role " + READER
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls; end if; end $$");
            s.execute("alter role " + READER + " password '" + credentials.reader() + "'");
            s.execute("grant connect on database " + DATABASE + " to " + READER);
        } catch (SQLException e) {
            throw new IOException(
                    "embedded PostgreSQL audit reader role could not be created: SQLSTATE " + e.getSQLState(), e);
        }
    }

    /**
     * Takes from every role what PostgreSQL grants to all by default and the service never needs (idempotent, as
     * superuser, at every start, so data directories bootstrapped before this existed get it too): creating large
     * objects (PostgreSQL has no privilege for that, so EXECUTE on the functions that create one is revoked),
     * temporary tables in {@value #DATABASE}, and connecting to the {@code postgres} and {@code template1} databases.
     * The superuser keeps all of it. {@code deploy/postgres/create-roles.sql} does the same on an external server.
     */
    private void restrictPublicPrivileges() throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, credentials.superuser());
                Statement s = c.createStatement()) {
            s.execute("revoke connect, temporary on database postgres, template1 from public");
            s.execute("revoke temporary on database " + DATABASE + " from public");
        } catch (SQLException e) {
            throw new IOException(
                    "embedded PostgreSQL privileges could not be restricted: SQLSTATE " + e.getSQLState(), e);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(DATABASE), SUPERUSER, credentials.superuser());
                Statement s = c.createStatement()) {
            s.execute("revoke execute on function " + String.join(", ", LARGE_OBJECT_CREATORS) + " from public");
        } catch (SQLException e) {
            throw new IOException(
                    "embedded PostgreSQL privileges could not be restricted: SQLSTATE " + e.getSQLState(), e);
        }
    }

    /**
     * Stops the embedded server (fast shutdown) if this JVM started it. Called after the application has stopped,
     * so that the audit writer has drained its queue first.
     */
    public static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private void startWatchdog() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::restartIfDead, 1, 1, TimeUnit.SECONDS);
    }

    private void restartIfDead() {
        try {
            if (stopping || postmaster().isPresent() || jvmIsShuttingDown()) {
                return;
            }
            LOG.errorf(
                    "embedded PostgreSQL has stopped; restarting it on port %d (assessments answer 503 meanwhile)",
                    port);
            try {
                server.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing the dead embedded server", e);
            }
            startServer(port);
            LOG.info("embedded PostgreSQL restarted");
        } catch (IOException | RuntimeException e) {
            LOG.errorf("embedded PostgreSQL restart failed (%s); retrying", e.getMessage());
        }
    }

    private static boolean jvmIsShuttingDown() {
        try {
            Thread probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
