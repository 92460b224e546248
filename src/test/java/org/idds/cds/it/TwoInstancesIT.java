package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.idds.cds.audit.AuditVerifier;
import org.idds.cds.audit.ChainHead;
import org.idds.cds.audit.EmbeddedDatabase;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service is stateless apart from PostgreSQL: two instances of the packaged jar on one database, sharing the
 * signing keys ({@code IDDS_KEY_DIR}), answer for each other. The database is CI's external PostgreSQL when the build
 * has one (handed to this JVM as {@code idds.it.database.*} by the pom's {@code external-database-for-its} profile),
 * else an embedded server this test starts and gives both jars as an external database. Each database is migrated
 * first by the separate migration run of the same jar ({@code QUARKUS_INIT_AND_EXIT}, as the owner role); the
 * instances run with the application role only. Also: a service refuses to start on a database behind its build, and
 * a second jar on an embedded data directory in use exits at once while the first keeps answering.
 */
@Timeout(900)
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANDIDACY = CrashAndRestartIT.CASE2;
    private static final String PRESCRIPTION = "dosing/refill/cases/"
            + "ziconotide-with-the-dilution-not-given-is-refilled-within-forty-days/request.json";

    private final List<PackagedService> services = new ArrayList<>();
    private final Map<String, Stored> answered = new LinkedHashMap<>();
    private EmbeddedDatabase embedded;
    private TargetDatabase database;

    @AfterEach
    void stop() throws Exception {
        for (PackagedService service : services) {
            service.stop();
            service.postmaster().ifPresent(ProcessHandle::destroyForcibly);
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseReadAndReplayEachOthersAssessments() throws Exception {
        Path home = Path.of("target", "it", "two-instances-" + UUID.randomUUID());
        database = TargetDatabase.external().orElseGet(() -> startEmbedded(home));
        Path keys = home.resolve("keys");

        assertEquals(0, migrationRun(home.resolve("migration"), database, keys), "the migration run succeeds");
        PackagedService a = instance(home.resolve("a"), database, keys);
        PackagedService b = instance(home.resolve("b"), database, keys);
        a.start();
        b.start();

        for (int i = 0; i < 3; i++) {
            for (PackagedService origin : List.of(a, b)) {
                answered(Stored.of(origin, "/api/v1/candidacy-assessments", CANDIDACY, "/api/v1/assessments/"));
                answered(Stored.of(
                        origin, "/api/v1/prescription-checks", prescription(), "/api/v1/prescription-checks/"));
            }
        }
        assertEquals(12, storedIds().size());
        for (Stored row : answered.values()) {
            PackagedService other = row.origin() == a ? b : a;
            HttpResponse<String> read = other.get("/api/v1/assessments/" + row.id());
            assertEquals(200, read.statusCode(), read.body());
            assertEquals(row.answer(), read.body(), "read through the other instance: the answer as given");

            HttpResponse<String> replayedHere = row.origin().post(row.replayPath(), "");
            HttpResponse<String> replayedThere = other.post(row.replayPath(), "");
            assertEquals(200, replayedThere.statusCode(), replayedThere.body());
            assertTrue(JSON.readTree(replayedThere.body()).path("reproduced").asBoolean(), replayedThere.body());
            assertEquals(replayedHere.body(), replayedThere.body(), "the same replay from either instance");
        }
        chainStaysUnbroken(a, b);
    }

    /**
     * After both instances stopped (each flushes the head it last saw to its head file), the newer of the two kept
     * heads is compared with the whole chain: no link broken, no row changed, missing or unchained, and every row of
     * this test chained exactly once. (On CI's shared database, rows other tests stored long after their assessedAt,
     * on purpose, may be reported as late; rows of this test may not.)
     */
    private void chainStaysUnbroken(PackagedService a, PackagedService b) throws Exception {
        a.stop();
        b.stop();
        ChainHead kept = java.util.stream.Stream.of(a, b)
                .map(s -> s.dataDirectory().resolveSibling("audit-head"))
                .filter(java.nio.file.Files::exists)
                .map(f -> {
                    try {
                        return ChainHead.parse(java.nio.file.Files.readString(f));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .max(java.util.Comparator.comparingLong(ChainHead::seq))
                .orElseThrow(() -> new AssertionError("neither instance kept a chain head"));
        try (Connection owner =
                DriverManager.getConnection(database.url(), database.owner(), database.ownerPassword())) {
            AuditVerifier.Report report = new AuditVerifier(Duration.ofSeconds(70)).verify(owner, Optional.of(kept));
            List<AuditVerifier.Finding> broken = report.findings().stream()
                    .filter(f -> f.problem() != AuditVerifier.Problem.CREATED_AT_FAR_FROM_RECORDED_AT
                            || storedIds().stream().anyMatch(f.detail()::contains))
                    .toList();
            assertTrue(broken.isEmpty(), report.text());
            assertEquals(kept, report.databaseHead().orElseThrow(), "the newest kept head is the database's head");
            try (Statement s = owner.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from assessment_chain where assessment_id::text in ('"
                            + String.join("','", storedIds()) + "')")) {
                r.next();
                assertEquals(storedIds().size(), r.getLong(1), "every assessment of both instances chained once");
            }
        }
    }

    private void answered(Stored row) {
        answered.put(row.id(), row);
    }

    /**
     * The ids of the assessments the two instances stored in this test, in the order they were answered; with
     * {@link #database} (its owner's credentials included), what a check over the whole audit trail starts from.
     */
    Set<String> storedIds() {
        return new LinkedHashSet<>(answered.keySet());
    }

    @Test
    void aServiceRefusesToStartOnADatabaseBehindItsBuildUntilTheMigrationRunHasBeenDone() throws Exception {
        Path home = Path.of("target", "it", "schema-behind-" + UUID.randomUUID());
        TargetDatabase database = startEmbedded(home);
        Path keys = home.resolve("keys");
        // the previous release's schema (V6), which the application role may not read the history of
        Flyway.configure()
                .dataSource(database.url(), database.owner(), database.ownerPassword())
                .placeholders(EmbeddedDatabase.placeholders())
                .target("6")
                .load()
                .migrate();

        PackagedService refused = instance(home.resolve("refused"), database, keys);
        Instant started = Instant.now();
        int status = refused.runToExit(Duration.ofSeconds(150));
        assertNotEquals(0, status, refused.log());
        String log = refused.log();
        assertTrue(log.contains("IDDS refuses to start: "), log);
        assertTrue(log.contains("Run the migration first"), log);
        assertTrue(log.contains("QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true"), log);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "one message, no stack trace:\n" + log);
        assertTrue(Duration.between(started, Instant.now()).compareTo(Duration.ofSeconds(120)) < 0);

        assertEquals(0, migrationRun(home.resolve("migration"), database, keys), "the migration run succeeds");
        PackagedService service = instance(home.resolve("service"), database, keys);
        service.start();
        assertEquals(
                200, service.post("/api/v1/candidacy-assessments", CANDIDACY).statusCode());
    }

    @Test
    void aSecondJarOnAnEmbeddedDataDirectoryInUseExitsAtOnceWhileTheFirstKeepsAnswering() throws Exception {
        Path home = Path.of("target", "it", "same-data-dir-" + UUID.randomUUID());
        PackagedService first = new PackagedService(home.resolve("first"));
        services.add(first);
        first.start();
        String id = Stored.of(first, "/api/v1/candidacy-assessments", CANDIDACY, "/api/v1/assessments/")
                .id();
        long postmaster = first.postmaster().orElseThrow().pid();

        PackagedService second = new PackagedService(
                home.resolve("second"),
                Map.of(
                        "IDDS_EMBEDDED_DATA_DIR", first.dataDirectory().toString(),
                        "IDDS_KEY_DIR",
                                first.dataDirectory().resolveSibling("keys").toString()));
        services.add(second);
        Instant started = Instant.now();
        int status = second.runToExit(Duration.ofSeconds(60));
        Duration took = Duration.between(started, Instant.now());
        String log = second.log();
        assertEquals(2, status, log);
        assertTrue(log.contains("IDDS refuses to start: the embedded database data directory"), log);
        assertTrue(log.contains("is in use by another running service"), log);
        assertFalse(log.contains("Exception") || log.contains("\tat "), "one message, no stack trace:\n" + log);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "exits before starting anything: " + took);

        assertEquals(postmaster, first.postmaster().orElseThrow().pid(), "the first one's server left alone");
        assertEquals(200, first.readiness());
        assertEquals(200, first.get("/api/v1/assessments/" + id).statusCode());
        Stored.of(first, "/api/v1/candidacy-assessments", CANDIDACY, "/api/v1/assessments/");
    }

    /** The separate migration run: the same jar, as the database owner, initialising and exiting. */
    private int migrationRun(Path home, TargetDatabase database, Path keys) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(database.applicationEnvironment());
        env.remove("QUARKUS_DATASOURCE_PASSWORD"); // migrating needs the owner's password only
        env.put("QUARKUS_INIT_AND_EXIT", "true");
        env.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
        env.put("QUARKUS_FLYWAY_USERNAME", database.owner());
        env.put("QUARKUS_FLYWAY_PASSWORD", database.ownerPassword());
        env.put("IDDS_KEY_DIR", keys.toString());
        PackagedService run = new PackagedService(home, env);
        services.add(run);
        int status = run.runToExit(Duration.ofSeconds(150));
        assertTrue(
                run.log().contains("Successfully applied") || run.log().contains("No migration necessary"), run.log());
        return status;
    }

    /** An instance on the database with the application role only (no owner credentials), on shared keys. */
    private PackagedService instance(Path home, TargetDatabase database, Path keys) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(database.applicationEnvironment());
        env.put("IDDS_KEY_DIR", keys.toString());
        PackagedService service = new PackagedService(home, env);
        services.add(service);
        return service;
    }

    private TargetDatabase startEmbedded(Path home) {
        embedded = EmbeddedDatabase.open(home.resolve("database"));
        Map<String, String> settings = embedded.settings();
        return new TargetDatabase(
                settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"),
                settings.get("quarkus.datasource.password"),
                EmbeddedDatabase.OWNER,
                embedded.ownerPassword());
    }

    /** A prescription check filled today, so its dates are within the service's windows whenever this runs. */
    private static String prescription() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Fixtures.text(PRESCRIPTION));
        ((ObjectNode) request.path("fill"))
                .put("date", LocalDate.now(ZoneOffset.UTC).toString());
        return JSON.writeValueAsString(request);
    }

    /** An answered assessment: where it was made, its id, the answer as sent, and where it is replayed. */
    record Stored(PackagedService origin, String id, String answer, String replayPath) {
        static Stored of(PackagedService origin, String path, String request, String replayBase) throws Exception {
            HttpResponse<String> answer = origin.post(path, request);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode body = JSON.readTree(answer.body());
            String id = body.path("assessmentId").asText();
            assertFalse(id.isEmpty(), answer.body());
            return new Stored(origin, id, answer.body(), replayBase + id + "/replay");
        }
    }

    /** The database both instances use, with the application role's and the owner role's credentials. */
    record TargetDatabase(String url, String app, String appPassword, String owner, String ownerPassword) {

        private static final String PREFIX = "idds.it.database.";

        /** CI's external PostgreSQL, when the build has one (pom.xml, profile external-database-for-its). */
        static Optional<TargetDatabase> external() {
            return Optional.ofNullable(System.getProperty(PREFIX + "url"))
                    .filter(url -> !url.isBlank())
                    .map(url -> new TargetDatabase(
                            url,
                            System.getProperty(PREFIX + "app-user"),
                            System.getProperty(PREFIX + "app-password"),
                            System.getProperty(PREFIX + "owner-user"),
                            System.getProperty(PREFIX + "owner-password")));
        }

        Map<String, String> applicationEnvironment() {
            return Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", url,
                    "QUARKUS_DATASOURCE_USERNAME", app,
                    "QUARKUS_DATASOURCE_PASSWORD", appPassword);
        }

        @Override
        public String toString() {
            return "TargetDatabase[" + url + "]";
        }
    }
}
