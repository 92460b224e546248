package org.idds.cds.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt key in a case's expected.json or case.json is refused with the file named, never silently ignored; a
 * case that names an unknown rule is refused with its folder named.
 */
class FixturesTest {

    private static final String CASE = "{\"title\": \"A case\", \"covers\": [\"SEL-RP-001\"]}";

    @Test
    void aMisspeltExpectationKeyIsRefused(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{}");
        Files.writeString(folder.resolve("case.json"), CASE);
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
        Files.writeString(folder.resolve("case.json"), CASE);
        Files.writeString(folder.resolve("expected.json"), "{\"given\": \"x\", \"when\": \"w\", \"thne\": {}}");
        assertThrows(IllegalStateException.class, () -> Fixtures.read(folder));
    }

    @Test
    void aMisspeltOrMissingCaseFileIsRefusedNamingIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("request.json"), "{}");
        Files.writeString(folder.resolve("expected.json"), EXPECTED);
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Fixtures.read(folder));
        assertTrue(missing.getMessage().contains("case.json is missing"), missing.getMessage());
        Files.writeString(folder.resolve("case.json"), "{\"title\": \"A case\", \"cover\": [\"SEL-RP-001\"]}");
        IllegalStateException misspelt = assertThrows(IllegalStateException.class, () -> Fixtures.read(folder));
        assertTrue(
                misspelt.getMessage().contains("case.json")
                        && misspelt.getMessage().contains("cover"),
                misspelt.getMessage());
    }

    @Test
    void aCaseThatNamesAnUnknownRuleIsRefusedNamingItsFolder(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("cases/a-case-naming-a-rule-that-does-not-exist"));
        Files.writeString(folder.resolve("request.json"), "{}");
        Files.writeString(folder.resolve("expected.json"), EXPECTED);
        Files.writeString(folder.resolve("case.json"), "{\"title\": \"A case\", \"covers\": [\"SEL-XX-999\"]}");
        var loader = Knowledge.loader();
        List<String> problems = CaseChecks.problems(loader.load(loader.bundled()), List.of(Fixtures.read(folder)));
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith("a-case-naming-a-rule-that-does-not-exist: names SEL-XX-999,")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains("case.json does not cover SEL-RP-001, which its expected findings")),
                problems.toString());
    }

    private static final String EXPECTED = "{\"given\": \"x\", \"when\": \"POST /api/v1/candidacy-assessments\","
            + " \"then\": {\"verdict\": \"CANDIDATE\", \"findings\": [{\"ruleId\": \"SEL-RP-001\", \"effect\":"
            + " \"CRITERION_MET\"}]}}";
}
