package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault checks on the packaged service with its embedded PostgreSQL (no database URL in its environment, data under
 * target/): an answered assessment survives a crash of everything right after its 200; after {@code kill -9} of
 * the service the first ordinary start works; the embedded server dying under a running service is restarted;
 * an ordinary stop leaves no PostgreSQL behind.
 */
@Timeout(600)
class CrashAndRestartIT {

    static final String CASE2 =
            Fixtures.text("selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");
    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.stop();
            service.postmaster().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** The assessment id of a 200 answer (fails with the body otherwise). */
    static String id(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher m =
                Pattern.compile("\"assessmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }

    @Test
    void anAnsweredAssessmentSurvivesAKillOfEverythingAndTheFirstRestartAfterKillNineWorks() throws Exception {
        service = new PackagedService(Path.of("target", "it", "crash-" + UUID.randomUUID()));
        service.start();

        // 1. host crash right after a 200: the service and every PostgreSQL process killed at once
        HttpResponse<String> answered = service.post("/api/v1/candidacy-assessments", CASE2);
        String id = id(answered);
        service.killEverything();
        service.start();
        HttpResponse<String> stored = service.get("/api/v1/assessments/" + id);
        assertEquals(200, stored.statusCode(), "the acknowledged assessment was lost: " + stored.body());
        assertEquals(answered.body(), stored.body(), "stored exactly as answered");

        // 2. kill -9 of the service alone leaves its PostgreSQL running; one ordinary start brings it back
        long orphan = service.postmaster().orElseThrow().pid();
        service.killService();
        assertTrue(
                ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "the embedded server outlives the JVM");
        service.start();
        assertNotEquals(orphan, service.postmaster().orElseThrow().pid(), "the orphaned postmaster was replaced");
        assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
        assertEquals(200, service.get("/api/v1/assessments/" + id).statusCode());
        id(service.post("/api/v1/candidacy-assessments", CASE2));

        // 3. an ordinary stop stops the embedded server too
        ProcessHandle postmaster = service.postmaster().orElseThrow();
        service.stop();
        postmaster
                .onExit()
                .get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
        assertFalse(postmaster.isAlive(), "no PostgreSQL left behind after an ordinary stop");
    }

    @Test
    void everyAssessmentAnsweredUnderLoadSurvivesAKillOfEverything() throws Exception {
        service = new PackagedService(Path.of("target", "it", "kill-under-load-" + UUID.randomUUID()));
        service.start();
        java.util.Queue<String> answered = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(clients.submit(() -> {
                while (loading.get()) {
                    try {
                        HttpResponse<String> answer = service.post("/api/v1/candidacy-assessments", CASE2);
                        if (answer.statusCode() == 200) {
                            answered.add(id(answer));
                        }
                    } catch (java.io.IOException connectionLost) { // the kill: this client is done
                        return null;
                    }
                }
                return null;
            }));
        }
        Instant loaded = Instant.now().plus(Duration.ofSeconds(60));
        while (answered.size() < 200 && Instant.now().isBefore(loaded)) { // under load, however slow the machine
            Thread.sleep(50);
        }
        service.killEverything();
        loading.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        for (java.util.concurrent.Future<?> client : futures) {
            client.get(); // an unexpected answer (not 200, not a lost connection) fails the test here
        }
        assertTrue(answered.size() >= 20, "load reached the service: " + answered.size() + " answers");

        service.start();
        java.util.List<String> lost = answered.stream()
                .filter(id -> {
                    try {
                        return service.get("/api/v1/assessments/" + id).statusCode() != 200;
                    } catch (Exception e) {
                        return true;
                    }
                })
                .toList();
        assertEquals(java.util.List.of(), lost, "acknowledged assessments lost (of " + answered.size() + ")");
    }

    @Test
    void whenTheEmbeddedServerDiesTheServiceAnswers503ThenRestartsItAndRecovers() throws Exception {
        service = new PackagedService(Path.of("target", "it", "db-death-" + UUID.randomUUID()));
        service.start();
        id(service.post("/api/v1/candidacy-assessments", CASE2));

        ProcessHandle postmaster = service.postmaster().orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get();

        // meanwhile: never a 200 without its row; 503 (or a recovered 200) only
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = service.post("/api/v1/candidacy-assessments", CASE2);
            status = answer.statusCode();
            assertTrue(status == 200 || status == 503, "status " + status + ": " + answer.body());
            if (status == 200) {
                assertEquals(
                        200, service.get("/api/v1/assessments/" + id(answer)).statusCode());
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(200, status, "the service recovered after its embedded server was restarted");
        service.awaitReady(Duration.ofSeconds(30));
        assertTrue(service.log().contains("embedded PostgreSQL restarted"), "the watchdog restarted the server");
    }
}
