package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.audit.AssessmentColumns;
import org.idds.cds.audit.AssessmentStore;
import org.idds.cds.audit.RawRequest;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.kernel.AssessmentKind;

/**
 * A trial plan is made from a stored candidacy assessment, named by id: a trial-plan case's folder holds the candidacy
 * beside its request, and the case's request is sent with the id of that candidacy once stored.
 * {@code candidacy.json}: a candidacy request, assessed now ({@code POST /api/v1/candidacy-assessments}).
 * {@code storedCandidacy.json}: a candidacy answer as an older ruleset stored it, appended to the audit as it stands
 * (its {@code ruleset} names the archived version it was made with; the content hash is that version's). A case with neither is sent as it is.
 */
public final class TrialPlanCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrialPlanCases() {}

    /** The case's request, with {@code candidacyAssessmentId} the id of its candidacy once stored. */
    public static String request(Fixtures.ClinicalCase c) {
        try {
            Optional<String> id = storeCandidacy(c.folder());
            if (id.isEmpty()) {
                return c.request();
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("candidacyAssessmentId", id.get());
            body.setAll((ObjectNode) JSON.readTree(c.request()));
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidacy of a case folder, stored: its id. */
    public static Optional<String> storeCandidacy(Path folder) throws IOException {
        Path assessed = folder.resolve("candidacy.json");
        if (Files.exists(assessed)) {
            return Optional.of(Api.request()
                    .contentType(ContentType.JSON)
                    .body(Files.readString(assessed))
                    .post("/api/v1/candidacy-assessments")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("assessmentId"));
        }
        Path stored = folder.resolve("storedCandidacy.json");
        if (Files.exists(stored)) {
            JsonNode answer = JSON.readTree(stored.toFile());
            UUID id = UUID.randomUUID();
            ((ObjectNode) answer).put("assessmentId", id.toString());
            String version = answer.path("ruleset").path("version").asText();
            ((ObjectNode) answer.path("ruleset"))
                    .put("contentHash", Knowledge.loader().archived(version).contentHash());
            AssessmentStore store =
                    Arc.container().instance(AssessmentStore.class).get();
            store.append(new StoredAssessment(
                    new AssessmentColumns(
                            id,
                            AssessmentKind.CANDIDACY,
                            answer.path("verdict").asText(),
                            Instant.parse(answer.path("assessedAt").asText()),
                            answer.path("ruleset").path("version").asText(),
                            answer.path("ruleset").path("contentHash").asText(),
                            Optional.empty()),
                    "{}",
                    JSON.writeValueAsString(answer),
                    // the plan reads the stored answer only; the request is not part of this fixture
                    Optional.of(RawRequest.of("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    Optional.of("test-" + Api.DEFAULT_ROLE),
                    Optional.empty(),
                    Optional.of("candidacy-request/3"),
                    Optional.of(AnswerFormat.ANSWER_2)));
            return Optional.of(id.toString());
        }
        return Optional.empty();
    }
}
