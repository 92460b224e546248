package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text of one ruleset by kind and key, as its files hold it, for the content-addressed knowledge endpoints
 * ({@code /api/v1/rulesets/{hash}/...}): read from the files alone (no check, no compile), so an archived ruleset is
 * served without loading it for replay. Each entry is the JSON of the file (a rule's entry in its rules file, a
 * source's in the evidence catalogue, a statement's in the statements file, a figure's as {@link FigureCatalogue}
 * serves it); an outcomes file, a drug-selection algorithm file (by its {@code id}, e.g.
 * {@code pacc-2017-algorithm}) and a device model's file (by its {@code id}) are served whole, byte for byte.
 */
public final class RulesetTexts {

    /** The kinds of ruleset text, by the path segment that names them. */
    public enum Kind {
        RULES("rules"),
        FIGURES("figures"),
        SOURCES("sources"),
        STATEMENTS("statements"),
        OUTCOMES("outcomes"),
        ALGORITHMS("algorithms"),
        DEVICES("devices");

        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }

        /** The kind a path segment names. */
        public static Optional<Kind> of(String segment) {
            return java.util.Arrays.stream(values())
                    .filter(k -> k.segment.equals(segment))
                    .findFirst();
        }
    }

    private final String version;
    private final String contentHash;
    private final Map<Kind, Map<String, byte[]>> entries;

    private RulesetTexts(String version, String contentHash, Map<Kind, Map<String, byte[]>> entries) {
        this.version = version;
        this.contentHash = contentHash;
        this.entries = entries;
    }

    public String version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    /**
     * The entry's bytes (UTF-8 JSON); empty for a key this ruleset does not hold. An outcomes file is found by its
     * concern in any case ({@code selection}, {@code SELECTION}).
     */
    public Optional<byte[]> entry(Kind kind, String key) {
        String lookup = kind == Kind.OUTCOMES ? key.toUpperCase(Locale.ROOT) : key;
        return Optional.ofNullable(entries.get(kind).get(lookup)).map(byte[]::clone);
    }

    /** The keys of one kind, in file order. */
    public List<String> keys(Kind kind) {
        return List.copyOf(entries.get(kind).keySet());
    }

    /** Reads the texts of a ruleset from its files. */
    public static RulesetTexts of(RulesetSource source) {
        RulesetFiles files = RulesetFiles.of(source);
        Map<Kind, Map<String, byte[]>> entries = new LinkedHashMap<>();
        Map<String, byte[]> rules = new LinkedHashMap<>();
        files.rules().forEach(path -> byField(source, path, "rules", "id", rules));
        entries.put(Kind.RULES, Collections.unmodifiableMap(rules));
        Map<String, byte[]> sources = new LinkedHashMap<>();
        files.sources().ifPresent(path -> byField(source, path, "sources", "key", sources));
        entries.put(Kind.SOURCES, Collections.unmodifiableMap(sources));
        Map<String, byte[]> figures = new LinkedHashMap<>();
        FigureCatalogue catalogue = FigureCatalogue.of(source, new ArrayList<>());
        catalogue
                .keys()
                .forEach(key -> figures.put(
                        key, bytes(catalogue.figure(key).orElseThrow().entry())));
        entries.put(Kind.FIGURES, Collections.unmodifiableMap(figures));
        Map<String, byte[]> statements = new LinkedHashMap<>();
        files.statements().ifPresent(path -> statements(source, path, statements));
        entries.put(Kind.STATEMENTS, Collections.unmodifiableMap(statements));
        Map<String, byte[]> outcomes = new LinkedHashMap<>();
        files.outcomes()
                .forEach((concern, path) -> source.file(path)
                        .ifPresent(text ->
                                outcomes.put(concern.toUpperCase(Locale.ROOT), text.getBytes(StandardCharsets.UTF_8))));
        entries.put(Kind.OUTCOMES, Collections.unmodifiableMap(outcomes));
        Map<String, byte[]> algorithms = new LinkedHashMap<>();
        files.drugAlgorithm()
                .ifPresent(path -> source.file(path)
                        .ifPresent(text -> RulesetFiles.tree(source, path)
                                .map(file -> file.path("id"))
                                .filter(JsonNode::isTextual)
                                .ifPresent(id -> algorithms.put(id.asText(), text.getBytes(StandardCharsets.UTF_8)))));
        entries.put(Kind.ALGORITHMS, Collections.unmodifiableMap(algorithms));
        Map<String, byte[]> devices = new LinkedHashMap<>();
        files.deviceModels()
                .forEach(path -> source.file(path)
                        .ifPresent(text -> RulesetFiles.tree(source, path)
                                .map(file -> file.path("id"))
                                .filter(JsonNode::isTextual)
                                .ifPresent(id ->
                                        devices.putIfAbsent(id.asText(), text.getBytes(StandardCharsets.UTF_8)))));
        entries.put(Kind.DEVICES, Collections.unmodifiableMap(devices));
        String version = RulesetFiles.tree(source, RulesetSource.MANIFEST)
                .map(m -> m.path("version").asText())
                .orElse("");
        return new RulesetTexts(version, source.contentHash(), Collections.unmodifiableMap(entries));
    }

    private static void byField(
            RulesetSource source, String path, String array, String field, Map<String, byte[]> into) {
        RulesetFiles.tree(source, path)
                .ifPresent(file -> file.path(array)
                        .forEach(e -> into.putIfAbsent(e.path(field).asText(), bytes(e))));
    }

    /**
     * A statements file: {@code {"<key>": {...}}}, optionally under {@code "statements"} (an object by key, or an
     * array of entries with a {@code key}); fields that are not objects (a file's own description) are no statement.
     */
    private static void statements(RulesetSource source, String path, Map<String, byte[]> into) {
        RulesetFiles.tree(source, path).ifPresent(file -> {
            JsonNode statements = file.has("statements") ? file.path("statements") : file;
            if (statements.isArray()) {
                statements.forEach(s -> into.putIfAbsent(s.path("key").asText(), bytes(s)));
            } else {
                statements.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject()) {
                        into.putIfAbsent(e.getKey(), bytes(e.getValue()));
                    }
                });
            }
        });
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return RulesetFiles.JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree read from a file is written back", e);
        }
    }
}
