package org.idds.cds.selection.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.idds.cds.audit.AssessmentColumns;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.StoredRows;
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

    /** The first format 2 ruleset (free-text grades), archived when 2026.12.1 changed the format to 3. */
    private static final String VERSION_2 = "2026.12.0";

    private static final String HASH_2 = "sha256:93d004f1ccab227397f04bfea127883c258ebe07906c071ca819d256250ebeac";

    /** The first ruleset with the dosing concern, archived when 2026.12.2 corrected the prescription checks. */
    private static final String VERSION_3 = "2026.12.1";

    private static final String HASH_3 = "sha256:df59bd1a759e728be9205be9976530e8125e3ffe0399aad75fe7fb7f146b5fbe";

    /** The prescription-check corrections (issue 13), archived when 2026.12.3 began the one answer format. */
    private static final String VERSION_4 = "2026.12.2";

    private static final String HASH_4 = "sha256:0a7100812fda70e1c9ecd7d01a38da702d20f5cce4d5732b4f659c5f2c64fd73";

    /** The one answer format (issue 15) and the pooled sessions (issue 16), archived when 2026.12.4 added safety. */
    private static final String VERSION_5 = "2026.12.3";

    private static final String HASH_5 = "sha256:836a045ce45a784bbce513a9e469c8478f6a43e8aa41401624a3302544f363d1";

    /** The safety concern's procedure check (issue 17, topic 3), archived when 2026.12.5 moved the holds into it. */
    private static final String VERSION_6 = "2026.12.4";

    private static final String HASH_6 = "sha256:4adfc786651b6f529748978e8420b1d746deba6fa9a34925a5dc316e6a74eda6";

    /** The holds moved into safety and the post-implant follow-up check (issue 17), archived when 2026.12.6 went on. */
    private static final String VERSION_7 = "2026.12.5";

    private static final String HASH_7 = "sha256:6a047c865bf28b355adccc5accf66b9e9b0b4e069c1797ae639667642dcf29f3";

    /** Safety's last topics and the typed trial protocols (issues 17, 18), archived when 2026.12.7 began the trial. */
    private static final String VERSION_8 = "2026.12.6";

    private static final String HASH_8 = "sha256:acb479557d16c6547c19487d33153ab7f12879f1421c79794ee9ec9bde1bac23";

    private record Archive(String version, String hash) {}

    @Inject
    Rulesets rulesets;

    @Inject
    AssessmentStore store;

    @Test
    void theArchivedVersionIsHeldBesideTheActiveOne() {
        assertEquals("2026.12.7", rulesets.active().version());
        // 2026.12.0 (format 2, free-text grades) as released: its hash is the one its assessments recorded
        assertEquals(HASH_2, rulesets.version(VERSION_2).orElseThrow().contentHash());
        assertEquals(HASH, rulesets.version(VERSION).orElseThrow().contentHash());
        assertEquals(HASH_3, rulesets.version(VERSION_3).orElseThrow().contentHash());
        assertEquals(HASH_4, rulesets.version(VERSION_4).orElseThrow().contentHash());
        assertEquals(HASH_5, rulesets.version(VERSION_5).orElseThrow().contentHash());
        assertEquals(HASH_6, rulesets.version(VERSION_6).orElseThrow().contentHash());
        assertEquals(HASH_7, rulesets.version(VERSION_7).orElseThrow().contentHash());
        assertEquals(HASH_8, rulesets.version(VERSION_8).orElseThrow().contentHash());
    }

    /**
     * A rolling upgrade: a newer replica stored an assessment under a ruleset this (older) replica does not hold. This
     * replica reads it as stored, but its replay is 409 ruleset-unavailable, never a 500 nor a replay under another
     * ruleset.
     */
    @Test
    void anAssessmentMadeUnderARulesetThisReplicaLacksIsReadButItsReplayIs409() {
        ClinicalCase c = Fixtures.all("selection").get(0);
        StoredAssessment made = assessedNow(c);
        String newerHash = "sha256:" + "f".repeat(64);
        StoredAssessment byANewerReplica = new StoredAssessment(
                StoredRows.newId(made, "2099.01.1", newerHash),
                made.requestJson(),
                made.responseJson(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                made.responseSchema());
        store.append(byANewerReplica);
        Api.request()
                .get("/api/v1/assessments/" + byANewerReplica.id())
                .then()
                .statusCode(200)
                .header("X-Ruleset-Version", "2099.01.1")
                .header("X-Ruleset-Hash", newerHash);
        Api.request()
                .post("/api/v1/assessments/" + byANewerReplica.id() + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("ruleset-unavailable"));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseStoredUnderTheArchivedVersionReplaysToTheSameVerdictAndFindings() {
        return Stream.of(
                        new Archive(VERSION, HASH),
                        new Archive(VERSION_2, HASH_2),
                        new Archive(VERSION_3, HASH_3),
                        new Archive(VERSION_4, HASH_4),
                        new Archive(VERSION_5, HASH_5),
                        new Archive(VERSION_6, HASH_6),
                        new Archive(VERSION_7, HASH_7),
                        new Archive(VERSION_8, HASH_8))
                .flatMap(archive -> Fixtures.all("selection").stream()
                        .filter(c -> knownToTheArchive(c, archive.version()))
                        .map(c -> DynamicTest.dynamicTest(
                                archive.version() + " " + c.name().replace('-', ' '),
                                () -> replaysUnderTheArchive(c, archive.version(), archive.hash()))));
    }

    /**
     * A case that names the first ruleset version whose knowledge it needs ({@code since} in case.json: a brand name,
     * a new drug, a plausibility ceiling) cannot reproduce under an older archive, and is not expected to.
     */
    private static boolean knownToTheArchive(ClinicalCase c, String version) {
        try {
            var since = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(c.folder().resolve("case.json").toFile())
                    .path("since");
            return since.isMissingNode() || since.asText().compareTo(version) <= 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The case assessed now, as stored. */
    private StoredAssessment assessedNow(ClinicalCase c) {
        String id = Api.request()
                .contentType(ContentType.JSON)
                .body(c.request())
                .post("/api/v1/candidacy-assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("assessmentId");
        return store.find(UUID.fromString(id)).orElseThrow();
    }

    private void replaysUnderTheArchive(ClinicalCase c, String version, String hash) {
        StoredAssessment made = assessedNow(c);
        Ruleset active = rulesets.active();
        StoredAssessment underArchive = new StoredAssessment(
                StoredRows.newId(made, version, hash),
                made.requestJson(),
                made.responseJson()
                        .replace("\"version\":\"" + active.version() + "\"", "\"version\":\"" + version + "\"")
                        .replace(active.contentHash(), hash),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                made.responseSchema());
        store.append(underArchive);
        // The active ruleset has moved on since 2026.11.0 (rules with new versions, new rules), so the answer made now
        // is not what 2026.11.0 said. Its first replay gives what 2026.11.0 says for the case; an assessment stored
        // with exactly that answer must then replay to the same verdict and findings.
        var first = Api.request()
                .post("/api/v1/assessments/" + underArchive.id() + "/replay")
                .then()
                .statusCode(200)
                .body("rulesetVersion", equalTo(version))
                .body("rulesetHash", equalTo(hash))
                .body("replayed.findings", not(empty()))
                .extract()
                .jsonPath();
        String verdict = first.getString("replayed.outcome");
        assertTrue(
                (version.equals(VERSION)
                                ? List.of(
                                        "NOT_CANDIDATE",
                                        "DEFER",
                                        "INSUFFICIENT_INFORMATION",
                                        "CANDIDATE_WITH_PRECAUTIONS",
                                        "CANDIDATE")
                                : java.util.Arrays.stream(org.idds.cds.selection.Verdict.values())
                                        .map(Enum::name)
                                        .toList())
                        .contains(verdict),
                verdict);
        // in the format the row names (made.responseSchema(): idds-answer/2)
        StringBuilder response =
                new StringBuilder("{\"format\":\"idds-answer/2\",\"verdict\":\"" + verdict + "\",\"findings\":[");
        List<String> findings = first.getList("replayed.findings", String.class);
        for (int i = 0; i < findings.size(); i++) {
            String[] parts = findings.get(i).split("[@ ]");
            response.append(i == 0 ? "" : ",")
                    .append("{\"rule\":\"")
                    .append(parts[0])
                    .append("\",\"ruleVersion\":\"")
                    .append(parts[1])
                    .append("\",\"effect\":\"")
                    .append(parts[2])
                    .append("\"}");
        }
        response.append("]}");
        StoredAssessment asArchived = new StoredAssessment(
                new AssessmentColumns(
                        UUID.randomUUID(), made.kind(), verdict, made.createdAt(), version, hash, made.caseReference()),
                made.requestJson(),
                response.toString(),
                made.rawRequest(),
                made.createdBy(),
                made.build(),
                made.requestSchema(),
                made.responseSchema());
        store.append(asArchived);
        Api.request()
                .post("/api/v1/assessments/" + asArchived.id() + "/replay")
                .then()
                .statusCode(200)
                .body("rulesetVersion", equalTo(version))
                .body("reproduced", equalTo(true))
                .body("original.outcome", equalTo(verdict))
                .body("replayed.findings", equalTo(findings))
                .body("differences", empty());
    }
}
