package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Clinical cases, kept beside the rules they exercise: {@code src/test/resources/rules/<concern>/<topic>/cases/<case>/}
 * for a topic's cases, {@code src/test/resources/rules/<concern>/cases/<case>/} for the concern's end-to-end seed
 * cases. Each case folder, named after the clinical situation, holds {@code case.json} (title and the rules it
 * covers), {@code request.json} (the given), {@code expected.json} (when: the endpoint; then: what must hold) and
 * {@code snapshot.json} (the whole answer, see {@link Snapshots}). {@code case.json} and {@code expected.json} are
 * validated against their schemas ({@code src/test/resources/schemas/}): a misspelt key is refused with the file
 * named, never silently ignored.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/rules");
    public static final String CASES = "cases";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonSchema EXPECTED_SCHEMA = schema("schemas/case-expected.schema.json");
    private static final JsonSchema CASE_SCHEMA = schema("schemas/case.schema.json");

    /**
     * One case: its folder name, its folder, the topic folder it sits in ({@code selection/refractory-pain}; empty for
     * a concern's seed cases), its title and covered rules (case.json), request and expectations.
     */
    public record ClinicalCase(
            String name,
            Path folder,
            Optional<String> topic,
            String title,
            List<String> covers,
            String request,
            JsonNode expected,
            java.util.Map<String, String> siteParameters) {
        public String given() {
            return expected.path("given").asText();
        }

        public String when() {
            return expected.path("when").asText();
        }

        public JsonNode then() {
            return expected.path("then");
        }

        /** The site parameters the case sets (case.json {@code siteParameters}): none for most cases. */
        public boolean setsSiteParameters() {
            return !siteParameters.isEmpty();
        }

        /** The folder from the rules root, as failures name it (a folder elsewhere: its name). */
        public String path() {
            Path relative = folder.startsWith(ROOT) ? ROOT.relativize(folder) : folder.getFileName();
            return relative.toString().replace('\\', '/');
        }
    }

    private Fixtures() {}

    /** Every case of a concern, topic cases and seed cases alike, ordered by case name. */
    public static List<ClinicalCase> all(String concern) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(concern))) {
            return files.filter(p -> p.getFileName().toString().equals("request.json"))
                    .map(Path::getParent)
                    .filter(folder ->
                            folder.getParent().getFileName().toString().equals(CASES))
                    .sorted(Comparator.comparing(folder -> folder.getFileName().toString()))
                    .map(Fixtures::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under the rules root, for tests that send one case's request. */
    public static String text(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicalCase read(Path folder) {
        try {
            JsonNode expected = validated(folder.resolve("expected.json"), EXPECTED_SCHEMA);
            JsonNode identity = validated(folder.resolve("case.json"), CASE_SCHEMA);
            List<String> covers = new ArrayList<>();
            identity.path("covers").forEach(rule -> covers.add(rule.asText()));
            java.util.Map<String, String> site = new java.util.LinkedHashMap<>();
            identity.path("siteParameters")
                    .fields()
                    .forEachRemaining(e -> site.put(e.getKey(), e.getValue().asText()));
            // <concern>/<topic>/cases/<case> under the root names a topic; <concern>/cases/<case> a seed case
            Path relative = folder.startsWith(ROOT) ? ROOT.relativize(folder) : folder.getFileName();
            Optional<String> topic = relative.getNameCount() == 4
                    ? Optional.of(relative.subpath(0, 2).toString().replace('\\', '/'))
                    : Optional.empty();
            return new ClinicalCase(
                    folder.getFileName().toString(),
                    folder,
                    topic,
                    identity.path("title").asText(),
                    List.copyOf(covers),
                    Files.readString(folder.resolve("request.json")),
                    expected,
                    java.util.Map.copyOf(site));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode validated(Path file, JsonSchema schema) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing");
        }
        JsonNode document = JSON.readTree(file.toFile());
        var problems = schema.validate(document);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": "
                    + problems.stream()
                            .map(m -> m.getInstanceLocation() + " " + m.getMessage())
                            .sorted()
                            .toList());
        }
        return document;
    }
}
