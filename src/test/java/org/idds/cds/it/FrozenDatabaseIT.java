package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.idds.cds.audit.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bounded waits against a database that hangs (issue 14 item 6). The test runs a PostgreSQL of its own and hands it
 * to the packaged service by URL, as an external database (never the CI database: only a server this test started
 * is frozen). SIGSTOP on the postmaster and every backend freezes it: connections stay open and nothing answers,
 * not even a cancel request. While it is frozen, reads and replays answer 503 problem+json within their timeout
 * (5 s socket timeout, plus at most 3 s waiting for a pooled connection), readiness answers DOWN within 2 s, and an
 * assessment answers 503 within the 10 s caller timeout. After SIGCONT everything works again, and after a restart
 * of the database the first assessment is answered 200 (the writer's and the pool's stale connections are replaced).
 */
@Timeout(600)
class FrozenDatabaseIT {

    private static final String CASE2 = CrashAndRestartIT.CASE2;
    /** Generous margins over the configured bounds: the CI machine has 2 busy cores. */
    private static final Duration READ_BOUND = Duration.ofSeconds(15);

    private static final Duration READINESS_BOUND = Duration.ofSeconds(6);
    private static final Duration WRITE_BOUND = Duration.ofSeconds(20);

    private PackagedService service;
    private EmbeddedDatabase database;
    private final List<ProcessHandle> frozen = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        thaw();
        if (service != null) {
            service.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aFrozenDatabaseGives503WithinTheTimeoutsAndAfterThawAndRestartEverythingWorks() throws Exception {
        Path home = Path.of("target", "it", "frozen-" + UUID.randomUUID());
        Path pgData = home.resolve("external-postgres");
        database = EmbeddedDatabase.open(pgData);
        database.migrate(); // the separate migration run; the service holds the application role only
        Map<String, String> settings = database.settings();
        // The bare URL, as an operator would give it: the limits come from the service's configuration.
        String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + EmbeddedDatabase.DATABASE;
        service = new PackagedService(
                home,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", url,
                        "QUARKUS_DATASOURCE_USERNAME", settings.get("quarkus.datasource.username"),
                        "QUARKUS_DATASOURCE_PASSWORD", settings.get("quarkus.datasource.password")));
        service.start();
        String id = CrashAndRestartIT.id(service.post("/api/v1/candidacy-assessments", CASE2));
        assertEquals(200, service.get("/api/v1/assessments/" + id).statusCode());
        assertEquals(
                200, service.post("/api/v1/assessments/" + id + "/replay", "").statusCode());

        freeze();
        assertUnavailableWithin(READ_BOUND, () -> service.get("/api/v1/assessments/" + id), "read");
        assertUnavailableWithin(READ_BOUND, () -> service.post("/api/v1/assessments/" + id + "/replay", ""), "replay");
        assertUnavailableWithin(WRITE_BOUND, () -> service.post("/api/v1/candidacy-assessments", CASE2), "assessment");
        Instant asked = Instant.now();
        assertEquals(503, service.readiness(), "readiness is DOWN while the database is frozen");
        Duration readiness = Duration.between(asked, Instant.now());
        assertTrue(readiness.compareTo(READINESS_BOUND) < 0, "readiness answered after " + readiness);
        assertUnavailableWithin(READ_BOUND, () -> service.get("/api/v1/assessments/" + id), "read, frozen longer");

        thaw();
        awaitReady(Duration.ofSeconds(60));
        assertEquals(200, service.get("/api/v1/assessments/" + id).statusCode(), "read after thaw");
        String afterThaw = CrashAndRestartIT.id(service.post("/api/v1/candidacy-assessments", CASE2));
        assertEquals(200, service.get("/api/v1/assessments/" + afterThaw).statusCode());

        int port = database.port();
        database.close();
        database = EmbeddedDatabase.open(pgData, port);
        HttpResponse<String> first = service.post("/api/v1/candidacy-assessments", CASE2);
        assertEquals(200, first.statusCode(), "the first assessment after a database restart: " + first.body());
        assertEquals(
                200,
                service.get("/api/v1/assessments/" + CrashAndRestartIT.id(first))
                        .statusCode());
        awaitReady(Duration.ofSeconds(30));
    }

    private static void assertUnavailableWithin(Duration bound, Callable<HttpResponse<String>> call, String what)
            throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> answer = call.call();
        Duration took = Duration.between(start, Instant.now());
        assertEquals(503, answer.statusCode(), what + ": " + answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + " is problem+json");
        assertTrue(!answer.body().contains("Exception") && !answer.body().contains("verdict"), answer.body());
        assertTrue(took.compareTo(bound) < 0, what + " answered after " + took + " (bound " + bound + ")");
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (service.readiness() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "not ready again within " + timeout);
            Thread.sleep(250);
        }
    }

    /** SIGSTOP on the postmaster and all its children (backends, checkpointer, WAL writer...). */
    private void freeze() throws Exception {
        ProcessHandle postmaster =
                database.postmaster().orElseThrow(() -> new AssertionError("the test's postmaster is not running"));
        frozen.add(postmaster);
        frozen.addAll(postmaster.descendants().toList());
        signal("-STOP", frozen);
    }

    private void thaw() throws Exception {
        if (!frozen.isEmpty()) {
            signal("-CONT", frozen);
            frozen.clear();
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.stream().filter(ProcessHandle::isAlive).forEach(p -> command.add(Long.toString(p.pid())));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill " + signal);
    }
}
