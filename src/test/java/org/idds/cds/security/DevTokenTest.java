package org.idds.cds.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.idds.cds.support.Api;
import org.idds.cds.support.AuditRows;
import org.idds.cds.support.LocalIdentity;
import org.idds.cds.web.Roles;
import org.junit.jupiter.api.Test;

/** {@code bin/dev-token} mints tokens the service accepts from the local key, and refuses when an IdP is configured. */
@QuarkusTest
class DevTokenTest {

    record Run(int exit, String out, String err) {}

    @Inject
    AuditRows audit;

    static Run devToken(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "bin/dev-token";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("IDDS_") || name.startsWith("MP_JWT_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/dev-token did not finish");
        }
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> testKeys() {
        LocalIdentity.keys();
        return Map.of(
                "IDDS_KEY_DIR", LocalIdentity.KEY_DIRECTORY.toAbsolutePath().toString());
    }

    @Test
    void theServiceAcceptsADevTokenAndRecordsItsSubjectAsTheCreator() throws Exception {
        Run run = devToken(testKeys(), "referrer", "gp-dev-token");
        assertEquals(0, run.exit(), run.err());
        String id = Api.withToken(run.out())
                .contentType(ContentType.JSON)
                .body("{\"cancer\": {\"status\": \"ACTIVE_CANCER\"}, \"pain\": {\"worstScore\": 3}}")
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        assertEquals(
                "gp-dev-token", audit.row(UUID.fromString(id)).orElseThrow().get("created_by"));
        Api.withToken(run.out())
                .get("/api/v1/assessments/" + id)
                .then()
                .statusCode(200)
                .body("assessmentId", equalTo(id));
        Api.withToken(run.out())
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(403);
    }

    @Test
    void eachRoleGetsATokenWithThatRole() throws Exception {
        for (String role :
                new String[] {Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER, Roles.ADMIN}) {
            Run run = devToken(testKeys(), role);
            assertEquals(0, run.exit(), run.err());
            Api.withToken(run.out()).get("/api/v1/ruleset").then().statusCode(200);
        }
        Api.withToken(devToken(testKeys(), Roles.ADMIN).out())
                .get("/api/v1/rules")
                .then()
                .statusCode(403);
    }

    @Test
    void itRefusesWhenAnExternalIdentityProviderIsConfigured() throws Exception {
        for (String variable : new String[] {
            "IDDS_OIDC_JWKS_URL", "IDDS_OIDC_ISSUER", "IDDS_OIDC_GROUPS_CLAIM", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"
        }) {
            Map<String, String> environment = new java.util.HashMap<>(testKeys());
            environment.put(variable, "https://idp.example.org/realms/idds");
            Run run = devToken(environment, "mdt-clinician");
            assertEquals(3, run.exit(), variable);
            assertEquals("", run.out(), "no token when refused");
            assertTrue(run.err().contains("refused") && run.err().contains(variable), run.err());
        }
    }

    @Test
    void itRefusesAnUnknownRoleOrAnOddSubject() throws Exception {
        Run role = devToken(testKeys(), "superuser");
        assertEquals(2, role.exit());
        assertTrue(role.err().contains("unknown role"), role.err());
        assertEquals(2, devToken(testKeys(), "referrer", "a\"b").exit());
        assertEquals(2, devToken(testKeys()).exit());
    }

    @Test
    void withNoKeyYetItCreatesOneExactlyAsTheServiceWould() throws Exception {
        Path dir = Path.of("target", "dev-token-keys-" + UUID.randomUUID()).toAbsolutePath();
        Run run = devToken(Map.of("IDDS_KEY_DIR", dir.toString()), "governance", "gov-1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("generated"), run.err());
        String publicPem = Files.readString(dir.resolve(LocalKeys.PUBLIC_KEY_FILE));

        LocalKeys keys = LocalKeys.loadOrCreate(dir);
        assertEquals(
                publicPem,
                Files.readString(keys.publicKeyFile()),
                "the service reads the script's key files as they are");
        String[] parts = run.out().split("\\.");
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(keys.publicKey());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verify.verify(Base64.getUrlDecoder().decode(parts[2])));
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(
                payload.contains("\"iss\":\"idds-cds-local\"")
                        && payload.contains("\"groups\":[\"governance\"]")
                        && payload.contains("\"sub\":\"gov-1\"")
                        && payload.contains("\"exp\":"),
                payload);

        Run again = devToken(Map.of("IDDS_KEY_DIR", dir.toString()), "governance");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().isEmpty(), "the existing key is reused: " + again.err());
    }
}
