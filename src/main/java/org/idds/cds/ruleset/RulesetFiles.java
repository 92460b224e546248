package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which file of a ruleset holds which kind of knowledge, read from its manifest as written (format 1, 2 or 3),
 * without checking or compiling anything: for serving a ruleset's text by its content hash and for the figure
 * catalogue. {@code drugAlgorithm}: the drug-selection algorithm file (format 3). {@code outcomes} maps the concern's name as the manifest writes it ({@code SELECTION}) to its file.
 */
record RulesetFiles(
        Optional<String> sources,
        List<String> rules,
        List<String> parameters,
        Optional<String> drugs,
        Optional<String> drugLibrary,
        List<String> deviceModels,
        Map<String, String> outcomes,
        Optional<String> figures,
        Optional<String> statements,
        Optional<String> drugAlgorithm) {

    static final ObjectMapper JSON = new ObjectMapper();

    RulesetFiles {
        rules = List.copyOf(rules);
        parameters = List.copyOf(parameters);
        deviceModels = List.copyOf(deviceModels);
        outcomes = Map.copyOf(outcomes);
    }

    static RulesetFiles of(RulesetSource source) {
        JsonNode manifest = tree(source, RulesetSource.MANIFEST)
                .orElseThrow(() -> new InvalidRulesetException(List.of("ruleset.json is missing or not valid JSON")));
        if (manifest.path("format").isMissingNode()) { // format 1: every file named from the root
            return new RulesetFiles(
                    text(manifest, "sources"),
                    text(manifest, "rules").stream().toList(),
                    text(manifest, "parameters").stream().toList(),
                    text(manifest, "drugs"),
                    Optional.empty(),
                    List.of(),
                    Map.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
        JsonNode shared = manifest.path("shared");
        List<String> rules = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        text(shared, "parameters").ifPresent(parameters::add);
        for (JsonNode topic : manifest.path("topics")) {
            String path = topic.path("path").asText();
            text(topic, "rules").ifPresent(r -> rules.add(path + "/" + r));
            text(topic, "parameters").ifPresent(p -> parameters.add(path + "/" + p));
        }
        List<String> devices = new ArrayList<>();
        manifest.path("deviceModels").forEach(d -> devices.add(d.asText()));
        Map<String, String> outcomes = new LinkedHashMap<>();
        manifest.path("outcomes")
                .fields()
                .forEachRemaining(e -> outcomes.put(e.getKey(), e.getValue().asText()));
        return new RulesetFiles(
                text(shared, "sources"),
                rules,
                parameters,
                text(shared, "drugs"),
                text(manifest, "drugLibrary"),
                devices,
                outcomes,
                text(shared, "figures"),
                text(shared, "statements"),
                text(manifest, "drugAlgorithm"));
    }

    /** A listed file read as a JSON tree; empty when the ruleset has no such file or it is not JSON. */
    static Optional<JsonNode> tree(RulesetSource source, String path) {
        return source.file(path).flatMap(text -> {
            try {
                return Optional.of(JSON.readTree(text));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }
}
