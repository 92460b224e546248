package org.idds.cds.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Metrics on the management interface (docs/metrics.md): what a scrape shows after each kind of assessment, that no
 * request path, method, assessment id, case reference or principal can become a tag, and that the API port does not
 * serve them.
 */
@QuarkusTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The scrape, on the management port, in the Prometheus text format. */
    private static String scrape() {
        return Api.management()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(Matchers.textPlain())
                .extract()
                .asString();
    }

    /** Every sample of the scrape: its series (name and sorted labels) to its value. */
    static Map<String, Double> samples(String scrape) {
        Map<String, Double> samples = new TreeMap<>();
        for (String line : scrape.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line.strip());
            assertTrue(m.matches(), () -> "not a sample line: " + line);
            Map<String, String> labels = new TreeMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.put(m.group(1) + labels, Double.parseDouble(m.group(4)));
        }
        return samples;
    }

    private static double value(Map<String, Double> samples, String name, Map<String, String> labels) {
        return samples.getOrDefault(name + new TreeMap<>(labels), 0.0);
    }

    private static boolean has(Map<String, Double> samples, String name, Map<String, String> labels) {
        return samples.containsKey(name + new TreeMap<>(labels));
    }

    private static String withCaseReference(String request, String reference) {
        return request.replaceFirst("\\{", "{\"caseReference\": \"" + reference + "\", ");
    }

    @Test
    void aScrapeCountsEachAssessmentByKindAndOutcomeWithTheAuditAndTheRuleset() {
        Map<String, Double> before = samples(scrape());

        var candidacy = Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2)
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract();
        String verdict = candidacy.path("verdict");
        String version = candidacy.path("ruleset.version");
        String outcome = Api.as(Roles.REFERRER)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.REFERRAL)
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("outcome");
        String status = Api.request()
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.PRESCRIPTION)
                .post("/api/v1/prescription-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(401);

        Map<String, Double> after = samples(scrape());
        for (var kind : Map.of("CANDIDACY", verdict, "REFERRAL_CHECK", outcome, "PRESCRIPTION_CHECK", status)
                .entrySet()) {
            Map<String, String> tags = Map.of("kind", kind.getKey(), "outcome", kind.getValue());
            assertEquals(
                    1.0,
                    value(after, "idds_assessments_total", tags) - value(before, "idds_assessments_total", tags),
                    () -> "one more " + tags);
        }
        // Every outcome of every kind is a series from the start, at 0 or more: a fixed set.
        assertTrue(has(before, "idds_assessments_total", Map.of("kind", "CANDIDACY", "outcome", "NOT_CANDIDATE")));
        assertTrue(has(
                before,
                "idds_assessments_total",
                Map.of("kind", "PRESCRIPTION_CHECK", "outcome", "NO_CONCERNS_FOUND")));

        assertTrue(has(after, "idds_audit_queue_rows", Map.of()));
        assertTrue(value(after, "idds_audit_batch_rows_sum", Map.of())
                >= value(before, "idds_audit_batch_rows_sum", Map.of()) + 3);
        assertTrue(value(after, "idds_audit_commit_seconds_count", Map.of())
                > value(before, "idds_audit_commit_seconds_count", Map.of()));
        assertEquals(1.0, value(after, "idds_ruleset_active", Map.of("version", version)));
        assertEquals(
                1.0,
                value(after, "idds_refusals_total", Map.of("status", "401"))
                        - value(before, "idds_refusals_total", Map.of("status", "401")));
        assertTrue(
                after.keySet().stream()
                        .anyMatch(s -> s.startsWith("http_server_requests_seconds_count{")
                                && s.contains("uri=/api/v1/candidacy-assessments")
                                && s.contains("status=200")),
                "latency per endpoint template");
        assertTrue(
                after.keySet().stream()
                        .anyMatch(s -> s.startsWith("http_server_requests_seconds_bucket{")
                                && s.contains("uri=/api/v1/prescription-checks")),
                "latency histogram per endpoint template");
    }

    @Test
    void randomPathsWithoutATokenAddNoSeries() {
        Random random = new Random(16);
        // The first of each shape may add its one series (uri=/unmatched, NOT_FOUND, an endpoint's 401, method OTHER).
        for (int i = 0; i < 40; i++) {
            randomRequest(random);
        }
        Set<String> before = series(scrape());
        for (int i = 0; i < 1_000; i++) {
            randomRequest(random);
        }
        Set<String> after = series(scrape());
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        assertEquals(Set.of(), added, "series added by random paths");
        assertTrue(after.stream().noneMatch(s -> s.contains("uri=/api/v1/x")), "no raw random path as a uri tag");
    }

    /** The series a request could create; the JVM's own (a new GC cause, a memory pool) are not the requests'. */
    private static Set<String> series(String scrape) {
        Set<String> series = new TreeSet<>(samples(scrape).keySet());
        series.removeIf(s -> s.startsWith("jvm_"));
        return series;
    }

    private static void randomRequest(Random random) {
        String word = "x" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        String path = switch (random.nextInt(5)) {
            case 0 -> "/api/v1/" + word;
            case 1 -> "/" + word;
            case 2 -> "/api/v1/assessments/" + word;
            case 3 -> "/api/v1/rules/" + word + "/" + word;
            default -> "/" + word + "/" + word + "?q=" + word;
        };
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false);
        int status = switch (random.nextInt(4)) {
            case 0 -> request.get(path).statusCode();
            case 1 ->
                request.contentType(ContentType.JSON)
                        .body("{\"caseReference\": \"" + word + "\"}")
                        .post(path)
                        .statusCode();
            case 2 -> request.post(path).statusCode();
            default ->
                request.request("X" + word.toUpperCase(java.util.Locale.ROOT), path)
                        .statusCode();
        };
        assertTrue(status >= 400 && status < 500, () -> path + " answered " + status);
    }

    @Test
    void aScrapeHoldsNoAssessmentIdCaseReferenceOrPrincipal() {
        String reference = "metrics-ref-" + UUID.randomUUID();
        String principal = "metrics-principal-" + UUID.randomUUID();
        String candidacy = Api.as(Roles.MDT_CLINICIAN, principal)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.CASE2.replaceFirst(
                        "\"caseReference\"\\s*:\\s*\"[^\"]*\"", "\"caseReference\": \"" + reference + "\""))
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        String referral = Api.as(Roles.REFERRER, principal)
                .contentType(ContentType.JSON)
                .body(withCaseReference(RoleMatrixTest.REFERRAL, reference))
                .post("/api/v1/referral-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        String check = Api.as(Roles.MDT_CLINICIAN, principal)
                .contentType(ContentType.JSON)
                .body(withCaseReference(RoleMatrixTest.PRESCRIPTION, reference))
                .post("/api/v1/prescription-checks")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        Api.as(Roles.MDT_CLINICIAN, principal)
                .get("/api/v1/assessments/" + candidacy)
                .then()
                .statusCode(200);

        String scrape = scrape();
        for (String secret : new String[] {candidacy, referral, check, reference, principal, "metrics-"}) {
            assertFalse(scrape.contains(secret), () -> "the scrape holds " + secret);
        }
        assertTrue(scrape.contains("uri=\"/api/v1/assessments/{id}\""), "the read is tagged by its template");
    }

    @Test
    void theApiPortDoesNotServeMetrics() {
        RestAssured.given().get("/q/metrics").then().statusCode(404);
        Api.request().get("/q/metrics").then().statusCode(404);
        Api.management().get("/q/metrics").then().statusCode(200);
    }

    /** Prometheus text, whatever version parameter it carries. */
    private static final class Matchers {
        static org.hamcrest.Matcher<String> textPlain() {
            return org.hamcrest.Matchers.startsWith("text/plain");
        }
    }

    /**
     * Every API endpoint of the OpenAPI document has its own line in the HTTP timer's uri patterns
     * ({@code quarkus.micrometer.binder.http-server.match-patterns}): a path with none would be counted as
     * {@code /unmatched}, without a latency of its own.
     */
    @Test
    void everyApiEndpointHasItsOwnUriPattern() {
        Set<String> templates = new TreeSet<>();
        for (String entry : org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.micrometer.binder.http-server.match-patterns", String[].class)) {
            templates.add(entry.substring(entry.lastIndexOf('=') + 1).strip());
        }
        Map<String, Object> paths = Api.anonymous()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        Set<String> missing = new TreeSet<>();
        assertTrue(paths.keySet().stream().filter(p -> p.startsWith("/api/")).count() >= 15, paths.keySet()::toString);
        for (String path : paths.keySet()) {
            String template = path.replaceAll("\\{[^}]+}", "{id}");
            if (path.startsWith("/api/") && !templates.contains(template)) {
                missing.add(path);
            }
        }
        assertTrue(missing.isEmpty(), "API paths without a uri pattern in application.properties: " + missing);
    }
}
