package org.idds.cds.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.junit.jupiter.api.Test;

/** A replay says when the build or the request format that made the assessment differs from today's. */
class ReplayContextTest {

    private static StoredAssessment made(Optional<BuildInfo> build, Optional<String> schema) {
        return new StoredAssessment(
                new AssessmentColumns(
                        UUID.randomUUID(),
                        AssessmentKind.CANDIDACY,
                        "CANDIDATE",
                        Instant.now(),
                        "v",
                        "sha256:x",
                        Optional.empty()),
                "{}",
                "{}",
                Optional.empty(),
                Optional.empty(),
                build,
                schema,
                Optional.empty());
    }

    @Test
    void sameBuildAndFormatSayNothing() {
        assertEquals(
                List.of(),
                ReplayResult.contextNotes(
                        made(Optional.of(BuildInfo.current()), Optional.of("candidacy-request/1")),
                        "candidacy-request/1"));
    }

    @Test
    void anotherBuildOrFormatIsNamed() {
        List<String> notes = ReplayResult.contextNotes(
                made(Optional.of(new BuildInfo("0.0.9", "abc123")), Optional.of("candidacy-request/0")),
                "candidacy-request/1");
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(
                notes.get(0).contains("0.0.9 (commit abc123)")
                        && notes.get(0).contains(BuildInfo.current().toString()),
                notes.get(0));
        assertTrue(
                notes.get(1).contains("candidacy-request/0") && notes.get(1).contains("candidacy-request/1"),
                notes.get(1));
    }

    @Test
    void rowsFromBeforeRecordingSaySo() {
        List<String> notes = ReplayResult.contextNotes(made(Optional.empty(), Optional.empty()), "candidacy-request/1");
        assertTrue(notes.get(0).startsWith("made before the application build was recorded"), notes.toString());
        assertTrue(notes.get(1).startsWith("made before the request format version was recorded"), notes.toString());
    }
}
