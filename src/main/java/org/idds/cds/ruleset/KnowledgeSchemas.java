package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the knowledge files ({@code rules/schemas/*.schema.json}, usable by an editor too): each file
 * is checked against its schema before it is read, so a misspelt key, a wrong type or a number written as a float
 * is refused with the file and the JSON path named. Cross-file checks (citations resolve, usedBy matches the DRL)
 * stay in Java.
 */
final class KnowledgeSchemas {

    static final String ROOT = "rules/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private KnowledgeSchemas() {}

    /** The schema problems of {@code text} (the file at {@code path}) against {@code schemaFile}; empty if none. */
    static List<String> problems(String schemaFile, String path, String text) {
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(path + " is not valid JSON: " + e.getOriginalMessage());
        }
        return SCHEMAS.computeIfAbsent(schemaFile, KnowledgeSchemas::load).validate(document).stream()
                .map(m -> path + " " + m.getInstanceLocation() + ": "
                        + m.getMessage().replaceFirst("^\\$[^:]*: ", ""))
                .sorted()
                .toList();
    }

    /** How a governed file's text is read once its schema has passed (a strict Jackson read, a tree). */
    @FunctionalInterface
    interface Reader<T> {
        T read(String text) throws JsonProcessingException;
    }

    /**
     * A governed file read the one way every loader reads it: checked against {@code schemaFile} first, then read by
     * {@code reader}; empty with the problems added (the schema's, or {@code "<path> is not valid: ..."}) when either
     * refuses it. The loader's own checks of the value follow.
     */
    static <T> Optional<T> read(String schemaFile, String path, String text, List<String> problems, Reader<T> reader) {
        List<String> schemaProblems = problems(schemaFile, path, text);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(text));
        } catch (JsonProcessingException e) {
            problems.add(path + " is not valid: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static JsonSchema load(String schemaFile) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(ROOT + schemaFile)) {
            if (in == null) {
                throw new IllegalStateException("knowledge schema not found on the classpath: " + ROOT + schemaFile);
            }
            return FACTORY.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
