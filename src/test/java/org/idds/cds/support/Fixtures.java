package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Clinical fixtures: one folder per clinical situation under {@code src/test/resources/fixtures/<concern>/}, each
 * with {@code request.json} (the given) and {@code expected.json} (when: the endpoint; then: what must hold).
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an expected.json may say (src/test/resources/schemas): a misspelt key is refused, never silently ignored. */
    private static final com.networknt.schema.JsonSchema CASE_SCHEMA = schema("schemas/case-expected.schema.json");

    public record ClinicalCase(String name, Path folder, String request, JsonNode expected) {
        public String given() {
            return expected.path("given").asText();
        }

        public String when() {
            return expected.path("when").asText();
        }

        public JsonNode then() {
            return expected.path("then");
        }
    }

    private Fixtures() {}

    public static List<ClinicalCase> all(String concern) {
        try (Stream<Path> folders = Files.list(ROOT.resolve(concern))) {
            return folders.filter(Files::isDirectory)
                    .sorted()
                    .map(Fixtures::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.networknt.schema.JsonSchema schema(String resource) {
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return com.networknt.schema.JsonSchemaFactory.getInstance(
                            com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicalCase read(Path folder) {
        try {
            JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
            var problems = CASE_SCHEMA.validate(expected);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(folder.resolve("expected.json") + ": "
                        + problems.stream()
                                .map(m -> m.getInstanceLocation() + " " + m.getMessage())
                                .sorted()
                                .toList());
            }
            return new ClinicalCase(
                    folder.getFileName().toString(),
                    folder,
                    Files.readString(folder.resolve("request.json")),
                    expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
