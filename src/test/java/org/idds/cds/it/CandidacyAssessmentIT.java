package org.idds.cds.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged-jar tier: {@code target/quarkus-app/quarkus-run.jar}, started by {@code @QuarkusIntegrationTest}
 * ({@code java -jar}, prod profile, so through {@code Main}) with its defaults: no database URL, so its embedded
 * PostgreSQL with data under target/; no identity provider, so its own signing key pair, created at this first start
 * under target/ (see {@link PackagedJarDefaults} and the failsafe configuration in pom.xml). A clinician's token is
 * signed with the key the jar wrote, as {@code bin/dev-token} does.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedJarDefaults.class)
class CandidacyAssessmentIT {

    private static final String CASE =
            "selection/ziconotide/cases/no-psychiatric-history-ziconotide-may-be-considered/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJarAssessesACandidateWithItsBundledRulesetAndReturnsTheAnswerFromItsAuditTrail() throws Exception {
        JsonNode expected = JSON.readTree(
                        Fixtures.ROOT.resolve(CASE + "expected.json").toFile())
                .path("then");
        JsonNode bundledRuleset = bundledRuleset();

        String body = clinician()
                .contentType(ContentType.JSON)
                .body(requestImagedToday())
                .when()
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
        JsonNode answer = JSON.readTree(body);

        assertEquals(
                "CANDIDATE_WITH_PRECAUTIONS", expected.path("verdict").asText(), "the fixture this tier relies on");
        assertEquals(expected.path("verdict").asText(), answer.path("verdict").asText(), body);
        assertEquals(
                expected.path("devicePlan").asText(), answer.path("devicePlan").asText(), body);
        assertEquals(
                0,
                expected.path("omeMgPerDay")
                        .decimalValue()
                        .compareTo(answer.path("opioidLoad")
                                .path("totalOralMorphineEquivalent")
                                .path("value")
                                .decimalValue()),
                body);
        assertTrue(has(answer, "SEL-RP-001", "CRITERION_MET"), "refractory pain met: " + body);
        assertEquals(
                bundledRuleset.path("id").asText(),
                answer.path("ruleset").path("id").asText());
        assertEquals(
                bundledRuleset.path("version").asText(),
                answer.path("ruleset").path("version").asText(),
                "the jar answers with the ruleset version of the source tree it was built from");
        assertTrue(answer.path("ruleset").path("contentHash").asText().startsWith("sha256:"), body);
        assertEquals("fixture-ziconotide-offered", answer.path("caseReference").asText());

        String id = answer.path("assessmentId").asText();
        String stored = clinician()
                .when()
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .header(
                        "X-Ruleset-Version",
                        answer.path("ruleset").path("version").asText())
                .header(
                        "X-Ruleset-Hash",
                        answer.path("ruleset").path("contentHash").asText())
                .extract()
                .asString();
        assertEquals(body, stored, "the audit trail returns exactly the answer given");

        assertAuditRowInTheEmbeddedDatabase(
                UUID.fromString(id), answer.path("ruleset").path("version").asText());
    }

    /**
     * The fixture's request with its spinal imaging dated today: the packaged jar judges imaging age against the real
     * date (the tests' fixed assessment date does not reach it), and canal patency counts only from recent imaging.
     */
    private static String requestImagedToday() {
        return Fixtures.text(CASE + "request.json")
                .replace(
                        "2026-11-20",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    void theJarRefusesAnAssessmentWithoutAToken() {
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Fixtures.text(CASE + "request.json"))
                .when()
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theJarCreatedItsOwnSigningKeyPairOwnerOnly() throws IOException {
        Path keys = PackagedJarDefaults.keyDirectory();
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("private-key.pem"))));
        assertTrue(Files.readString(keys.resolve("public-key.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
        clinician()
                .when()
                .get("/api/v1/ruleset")
                .then()
                .statusCode(200)
                .body("version", equalTo(bundledRuleset().path("version").asText()));
    }

    /** An MDT clinician's token signed with the private key the jar created in its key directory. */
    private static RequestSpecification clinician() {
        String token = Tokens.rs256(
                Tokens.claims("it-clinician", List.of("mdt-clinician")),
                privateKey(PackagedJarDefaults.keyDirectory().resolve("private-key.pem")));
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    /**
     * The answer's audit row, read directly from the embedded PostgreSQL running on the jar's data directory (port
     * from its postmaster.pid, the application role's generated password from the file the jar stored there): the
     * jar used its embedded default, not a database from the environment.
     */
    private static void assertAuditRowInTheEmbeddedDatabase(UUID id, String rulesetVersion) throws Exception {
        Path data = PackagedJarDefaults.dataDirectory();
        assertTrue(
                Files.exists(data.resolve("postmaster.pid")),
                "the jar started no embedded PostgreSQL on " + data
                        + ": did a database URL reach it from the environment?");
        List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"));
        assertTrue(
                ProcessHandle.of(Long.parseLong(pid.get(0).trim()))
                        .map(ProcessHandle::isAlive)
                        .orElse(false),
                "an embedded PostgreSQL runs on " + data);
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve("idds-credentials.properties"))) {
            credentials.load(in);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/idds";
        try (Connection c = DriverManager.getConnection(url, "idds_app", credentials.getProperty("app"));
                PreparedStatement s = c.prepareStatement(
                        "select kind, outcome, ruleset_version, case_reference from assessment where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no audit row for " + id + " in the embedded database on " + data);
                assertEquals("CANDIDACY", r.getString("kind"));
                assertEquals("CANDIDATE_WITH_PRECAUTIONS", r.getString("outcome"));
                assertEquals(rulesetVersion, r.getString("ruleset_version"));
                assertEquals("fixture-ziconotide-offered", r.getString("case_reference"));
            }
        }
    }

    private static boolean has(JsonNode answer, String ruleId, String effect) {
        for (JsonNode r : answer.path("findings")) {
            if (r.path("rule").asText().equals(ruleId)
                    && r.path("effect").asText().equals(effect)) {
                return true;
            }
        }
        return false;
    }

    /** rules/ruleset.json of the source tree (main resources are on the test class path). */
    private static JsonNode bundledRuleset() throws IOException {
        try (InputStream in = CandidacyAssessmentIT.class.getClassLoader().getResourceAsStream("rules/ruleset.json")) {
            return JSON.readTree(in);
        }
    }

    private static PrivateKey privateKey(Path pem) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String base64 = text.substring(
                    text.indexOf("-----BEGIN PRIVATE KEY-----") + "-----BEGIN PRIVATE KEY-----".length(),
                    text.indexOf("-----END PRIVATE KEY-----"));
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the jar's private key " + pem + " could not be read", e);
        }
    }
}
