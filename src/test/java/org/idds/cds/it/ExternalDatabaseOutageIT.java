package org.idds.cds.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.idds.cds.audit.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An external database that goes down and comes back (here a PostgreSQL the test runs itself and hands to the
 * packaged service by URL, as an operator would): while it is down assessments answer 503 problem+json and
 * readiness is DOWN; when it is back the service recovers without a restart.
 */
@Timeout(600)
class ExternalDatabaseOutageIT {

    private static final String CASE2 = CrashAndRestartIT.CASE2;
    private PackagedService service;
    private EmbeddedDatabase database;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheExternalDatabaseIsDownAssessmentsAnswer503AndTheServiceRecoversWhenItIsBack() throws Exception {
        Path home = Path.of("target", "it", "external-" + UUID.randomUUID());
        Path pgData = home.resolve("external-postgres");
        database = EmbeddedDatabase.open(pgData);
        database.migrate(); // the separate migration run, done by the DBA (TwoInstancesIT runs it through the jar)
        Map<String, String> settings = database.settings();
        service = new PackagedService(
                home,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", settings.get("quarkus.datasource.jdbc.url"),
                        "QUARKUS_DATASOURCE_USERNAME", settings.get("quarkus.datasource.username"),
                        "QUARKUS_DATASOURCE_PASSWORD", settings.get("quarkus.datasource.password")));
        service.start();
        assertEquals(200, service.post("/api/v1/candidacy-assessments", CASE2).statusCode());

        int port = database.port();
        database.close();
        database = null;
        HttpResponse<String> down = service.post("/api/v1/candidacy-assessments", CASE2);
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(!down.body().contains("verdict") && !down.body().contains("Exception"), down.body());
        assertEquals(503, service.readiness(), "readiness is DOWN while the database is down");

        database = EmbeddedDatabase.open(pgData, port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = -1;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = service.post("/api/v1/candidacy-assessments", CASE2).statusCode();
            Thread.sleep(250);
        }
        assertEquals(200, status, "recovered without a restart");
        assertEquals(200, service.readiness());
    }
}
