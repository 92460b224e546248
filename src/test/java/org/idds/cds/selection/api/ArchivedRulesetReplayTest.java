package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * An assessment stored under the archived ruleset 2026.11.0 still replays after the ruleset was reshaped into
 * 2026.12.0: the service holds the archived version beside the active one, and every clinical case, stored as if made
 * under 2026.11.0 (its version and recorded content hash), replays to the same verdict and findings.
 */
@QuarkusTest
class ArchivedRulesetReplayTest {

    private static final String VERSION = "2026.11.0";
    private static final String HASH = "sha256:3fb65279e16cc43367a52918b0a44616ba75b8bfea766aa657094ab82cf0458a";

    @Inject
    Rulesets rulesets;

    @Inject
    AssessmentStore store;

    @Test
    void theArchivedVersionIsHeldBesideTheActiveOne() {
        assertEquals("2026.12.0", rulesets.active().version());
        assertEquals(HASH, rulesets.version(VERSION).orElseThrow().contentHash());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseStoredUnderTheArchivedVersionReplaysToTheSameVerdictAndFindings() {
        return Fixtures.all("selection").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> replaysUnderTheArchive(c)));
    }

    private void replaysUnderTheArchive(ClinicalCase c) {
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        StoredAssessment made = store.find(UUID.fromString(id)).orElseThrow();
        Ruleset active = rulesets.active();
        StoredAssessment underArchive = new StoredAssessment(
                UUID.randomUUID(),
                made.kind(),
                made.outcome(),
                made.createdAt(),
                VERSION,
                HASH,
                made.caseReference(),
                made.requestJson(),
                made.responseJson()
                        .replace("\"version\":\"" + active.version() + "\"", "\"version\":\"" + VERSION + "\"")
                        .replace(active.contentHash(), HASH),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema());
        store.append(underArchive);
        // The active ruleset now differs clinically from 2026.11.0 (issue 7), so first learn what the archived
        // version answers for this case, then store that answer as made under 2026.11.0 and replay it: it must
        // reproduce exactly, with no differences.
        var learned = Api.request()
                .post("/api/v1/assessments/" + underArchive.id() + "/replay")
                .then()
                .statusCode(200)
                .body("rulesetVersion", equalTo(VERSION))
                .body("rulesetHash", equalTo(HASH))
                .body("replayed.findings", not(empty()))
                .extract()
                .jsonPath();
        String archivedVerdict = learned.getString("replayed.verdict");
        java.util.List<String> archivedFindings = learned.getList("replayed.findings", String.class);
        StoredAssessment archivedAnswer = new StoredAssessment(
                UUID.randomUUID(),
                made.kind(),
                archivedVerdict,
                made.createdAt(),
                VERSION,
                HASH,
                made.caseReference(),
                made.requestJson(),
                archivedResponse(archivedVerdict, archivedFindings),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema());
        store.append(archivedAnswer);
        Api.request()
                .post("/api/v1/assessments/" + archivedAnswer.id() + "/replay")
                .then()
                .statusCode(200)
                .body("rulesetVersion", equalTo(VERSION))
                .body("rulesetHash", equalTo(HASH))
                .body("reproduced", equalTo(true))
                .body("original.verdict", equalTo(archivedVerdict))
                .body("replayed.findings", not(empty()))
                .body("differences", empty());
    }

    /** A stored answer as 2026.11.0 gave it: its verdict and each finding (rule id, version, effect). */
    private static String archivedResponse(String verdict, java.util.List<String> findings) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var response = json.createObjectNode();
        response.put("verdict", verdict);
        response.putObject("ruleset").put("version", VERSION).put("contentHash", HASH);
        var recommendations = response.putArray("recommendations");
        for (String finding : findings) {
            String[] idAndRest = finding.split("@", 2);
            String[] versionAndEffect = idAndRest[1].split(" ", 2);
            recommendations
                    .addObject()
                    .put("ruleId", idAndRest[0])
                    .put("ruleVersion", versionAndEffect[0])
                    .put("effect", versionAndEffect[1]);
        }
        return response.toString();
    }
}
