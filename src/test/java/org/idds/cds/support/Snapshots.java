package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whole-answer snapshots of clinical cases: the full answer, normalised (generated ids, the time and the ruleset's
 * content hash masked; recommendations, pertinent negatives and missing inputs in a stable order) and compared whole, so an
 * extra finding, a changed text or a changed figure fails the test. A changed snapshot is the reviewable record of a
 * clinical change. To regenerate deliberately: {@code ./mvnw -B verify -Didds.snapshots.write=true}, then review
 * the diff of the {@code snapshot.json} files before committing it.
 */
public final class Snapshots {

    public static final String WRITE_PROPERTY = "idds.snapshots.write";
    public static final String FILE = "snapshot.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> MASKED = Map.of(
            "assessmentId", "<assessment id>",
            "assessedAt", "<assessed at>",
            "contentHash", "<ruleset content hash>");
    private static final java.util.regex.Pattern UUID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Map<String, List<String>> ORDER_BY = Map.of(
            "recommendations", List.of("ruleId", "effect"),
            "pertinentNegatives", List.of("rule"),
            "missingInputs", List.of("input"));

    private Snapshots() {}

    public static boolean writing() {
        return Boolean.getBoolean(WRITE_PROPERTY);
    }

    /** The answer as a snapshot holds it. */
    public static JsonNode normalise(String answer) throws IOException {
        JsonNode tree = JSON.readTree(answer);
        normalise(tree);
        return tree;
    }

    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            MASKED.forEach((field, mask) -> {
                if (object.has(field)) {
                    object.put(field, mask);
                }
            });
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()
                        && UUID.matcher(field.getValue().asText()).matches()) {
                    field.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf("<generated id>"));
                }
                if (field.getValue() instanceof ArrayNode array && ORDER_BY.containsKey(field.getKey())) {
                    sort(array, ORDER_BY.get(field.getKey()));
                }
                normalise(field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Snapshots::normalise);
        }
    }

    private static void sort(ArrayNode array, List<String> keys) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        Comparator<JsonNode> order =
                Comparator.comparing(n -> n.path(keys.get(0)).asText());
        for (String key : keys.subList(1, keys.size())) {
            order = order.thenComparing(n -> n.path(key).asText());
        }
        items.sort(order.thenComparing(JsonNode::toString));
        array.removeAll();
        items.forEach(array::add);
    }

    /**
     * A case's answer against its committed snapshot: written instead when {@value #WRITE_PROPERTY} is set (review the
     * diff), else any difference fails, listing the JSON paths that differ.
     */
    public static void check(Fixtures.ClinicalCase c, String answer) throws IOException {
        JsonNode actual = normalise(answer);
        if (writing()) {
            write(c.folder(), actual);
            return;
        }
        Optional<JsonNode> expected = read(c.folder());
        if (expected.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(c.path() + " has no " + FILE + "; write it deliberately with -D"
                    + WRITE_PROPERTY + "=true and review it");
        }
        List<String> differences = differences(expected.get(), actual, 25);
        if (!differences.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(c.path() + " (" + c.given()
                    + ") differs from its snapshot; if the change is intended, regenerate with -D" + WRITE_PROPERTY
                    + "=true and commit the reviewed diff:\n  " + String.join("\n  ", differences));
        }
    }

    /** The stored snapshot of a case folder, if there is one. */
    public static Optional<JsonNode> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        return Files.exists(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    public static void write(Path folder, JsonNode snapshot) throws IOException {
        Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(snapshot) + "\n");
    }

    /** The JSON paths where two trees differ (at most {@code limit}), for a readable failure. */
    public static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out, limit);
        return out;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out, int limit) {
        if (out.size() >= limit || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                diff(path + "." + name, expected.path(name), actual.path(name), out, limit);
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                diff(path + "[" + i + "]", expected.path(i), actual.path(i), out, limit);
            }
        } else {
            out.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
