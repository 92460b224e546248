package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.EmbeddedPostgresResource;
import org.idds.cds.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The running service chains what it stores and keeps the chain's head outside the database, and verify-audit (as
 * the read-only role) finds the suite's database intact against that head: the external one in CI (reader password
 * from IDDS_AUDIT_READER_PASSWORD), else the embedded one (found through its data directory).
 */
@QuarkusTest
class AuditChainServiceTest {

    private static final String CASE2 =
            Fixtures.text("selection/cases/seed000-case2-colon-cancer-high-systemic-opioids/request.json");

    @Inject
    AuditRows audit;

    @Test
    void answeredAssessmentsAreChainedTheHeadIsKeptAndVerifyAuditFindsTheChainIntact() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = Api.request()
                    .contentType(ContentType.JSON)
                    .body(CASE2)
                    .post("/api/v1/candidacy-assessments")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            JsonPath json = JsonPath.from(body);
            UUID id = UUID.fromString(json.getString("assessmentId"));
            ids.add(id);
            Map<String, String> row = audit.row(id).orElseThrow();
            // created_at is the answer's assessedAt (replay evaluates at it), created_by the token's principal
            assertEquals(
                    "t",
                    audit.query("select created_at = '" + Instant.parse(json.getString("assessedAt"))
                            + "'::timestamptz from assessment where id = '" + id + "'"),
                    "created_at is assessedAt");
            assertEquals("test-" + Api.DEFAULT_ROLE, row.get("created_by"));
        }
        for (UUID id : ids) {
            assertEquals(
                    "1",
                    audit.query("select count(*) from assessment_chain where assessment_id = '" + id + "'"),
                    "chained once: " + id);
        }
        ChainHead databaseHead = ChainHead.parse(audit.query(
                "select seq || ':' || encode(row_hash, 'hex') from assessment_chain order by seq desc limit 1"));

        Path headFile = EmbeddedPostgresResource.headFile();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Optional<ChainHead> kept = Optional.empty();
        while (Instant.now().isBefore(deadline) && !kept.equals(Optional.of(databaseHead))) {
            Thread.sleep(100);
            kept = Files.exists(headFile) ? AuditHeadFile.read(headFile) : Optional.empty();
        }
        assertEquals(Optional.of(databaseHead), kept, "the head file follows the database's head");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(headFile)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyAuditCommand.run(
                List.of(
                        "--head-file", headFile.toString(),
                        "--data-dir", EmbeddedPostgresResource.dataDirectory().toString()),
                System.getenv(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, report);
        assertTrue(report.contains("INTACT"), report);
        assertTrue(report.contains("kept head: " + databaseHead), report);
    }
}
