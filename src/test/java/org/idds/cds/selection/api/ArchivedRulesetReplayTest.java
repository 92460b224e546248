package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.selection.CaseFacts;
import org.idds.cds.selection.Evaluation;
import org.idds.cds.selection.service.OutcomesFile;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * An assessment stored under the archived ruleset 2026.11.0 still replays after the ruleset was reshaped into
 * 2026.12.0: the service holds the archived version beside the active one, and every clinical case, stored as if made
 * under 2026.11.0 (its version and recorded content hash, with the answer 2026.11.0 gives), replays to the same verdict
 * and findings.
 */
@QuarkusTest
class ArchivedRulesetReplayTest {

    private static final String VERSION = "2026.11.0";
    private static final String HASH = "sha256:3fb65279e16cc43367a52918b0a44616ba75b8bfea766aa657094ab82cf0458a";

    @Inject
    Rulesets rulesets;

    @Inject
    AssessmentStore store;

    @Inject
    RuleEngine engine;

    @Inject
    ObjectMapper json;

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

    /**
     * What the archived ruleset itself answers for the case (verdict and findings, as a stored response holds them).
     * Since 2026.12.x changes clinical content (refractory pain: side-effect management, MDT judgement, conversion
     * factors by source), the active answer is no longer the archived one; the archive must reproduce its own.
     */
    private ArchivedAnswer archivedAnswer(ClinicalCase c) throws Exception {
        Ruleset archived = rulesets.version(VERSION).orElseThrow();
        List<Object> facts =
                CaseFacts.of(RequestMapper.toCase(json.readValue(c.request(), CandidacyRequest.class)), archived);
        Evaluation evaluation = new Evaluation(
                archived, OutcomesFile.of(archived), facts, engine.evaluate(VERSION, Concern.SELECTION, facts));
        List<Map<String, String>> recommendations = evaluation.recommendations().stream()
                .map(r -> Map.of(
                        "ruleId",
                        r.ruleId(),
                        "ruleVersion",
                        r.ruleVersion(),
                        "effect",
                        r.effect().name()))
                .toList();
        return new ArchivedAnswer(
                evaluation.verdict().name(),
                json.writeValueAsString(
                        Map.of("verdict", evaluation.verdict().name(), "recommendations", recommendations)));
    }

    private record ArchivedAnswer(String verdict, String responseJson) {}

    private void replaysUnderTheArchive(ClinicalCase c) throws Exception {
        ArchivedAnswer archived = archivedAnswer(c);
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        StoredAssessment made = store.find(UUID.fromString(id)).orElseThrow();
        StoredAssessment underArchive = new StoredAssessment(
                UUID.randomUUID(),
                made.kind(),
                archived.verdict(),
                made.createdAt(),
                VERSION,
                HASH,
                made.caseReference(),
                made.requestJson(),
                archived.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema());
        store.append(underArchive);
        Api.request()
                .post("/api/v1/assessments/" + underArchive.id() + "/replay")
                .then()
                .statusCode(200)
                .body("rulesetVersion", equalTo(VERSION))
                .body("rulesetHash", equalTo(HASH))
                .body("reproduced", equalTo(true))
                .body("original.verdict", equalTo(archived.verdict()))
                .body("replayed.findings", not(empty()))
                .body("differences", empty());
    }
}
