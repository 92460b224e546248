package org.idds.cds.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt key in a case's expected.json is refused with the file named, never silently ignored. */
class FixturesTest {

    @Test
    void aMisspeltExpectationKeyIsRefused(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{}");
        Files.writeString(
                folder.resolve("expected.json"),
                "{\"given\": \"x\", \"when\": \"POST /api/v1/candidacy-assessments\", \"then\": {\"verdict\": \"DEFER\", \"absentRule\": []}}");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Fixtures.read(folder));
        assertTrue(
                e.getMessage().contains("absentRule")
                        && e.getMessage().contains("$.then")
                        && e.getMessage().contains("expected.json"),
                e.getMessage());
    }

    @Test
    void anUnknownTopLevelKeyIsRefused(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{}");
        Files.writeString(folder.resolve("expected.json"), "{\"given\": \"x\", \"when\": \"w\", \"thne\": {}}");
        assertThrows(IllegalStateException.class, () -> Fixtures.read(folder));
    }
}
