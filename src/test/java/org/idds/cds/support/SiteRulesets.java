package org.idds.cds.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.RulesetLoader;
import org.idds.cds.ruleset.RulesetSource;

/**
 * The bundled ruleset as a site would make it (decision 0008): site parameters without a default given a value, in
 * the parameters file that holds them, under a version of its own ({@code <bundled>-site}) so the engine compiles it
 * beside the bundled one. Every key must name a parameter of the bundled ruleset: a misspelt key fails the test.
 */
public final class SiteRulesets {

    public static final String SUFFIX = "-site";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteRulesets() {}

    /** The bundled ruleset with {@code values} (parameter key to value) set. */
    public static Ruleset bundledWith(Map<String, String> values) {
        RulesetLoader loader = Knowledge.loader();
        return loader.load(sourceWith(loader.bundled(), values));
    }

    /** The bundled source with {@code values} set, for a test that loads it itself. */
    public static RulesetSource sourceWith(RulesetSource bundled, Map<String, String> values) {
        try {
            JsonNode manifest =
                    JSON.readTree(bundled.file(RulesetSource.MANIFEST).orElseThrow());
            String version = manifest.path("version").asText();
            Map<String, String> left = new HashMap<>(values);
            RulesetSource site = bundled;
            for (String file : parameterFiles(manifest)) {
                ObjectNode parameters =
                        (ObjectNode) JSON.readTree(bundled.file(file).orElseThrow());
                boolean changed = false;
                for (JsonNode p : parameters.withArray("parameters")) {
                    String value = left.remove(p.path("key").asText());
                    if (value != null) {
                        ((ObjectNode) p).remove("noDefault");
                        ((ObjectNode) p).put("value", value);
                        changed = true;
                    }
                }
                if (changed) {
                    site = site.with(file, JSON.writeValueAsString(parameters));
                }
            }
            if (!left.isEmpty()) {
                throw new IllegalArgumentException("no such parameter in the bundled ruleset: " + left.keySet());
            }
            return site.with(
                    RulesetSource.MANIFEST,
                    bundled.file(RulesetSource.MANIFEST)
                            .orElseThrow()
                            .replace("\"" + version + "\"", "\"" + version + SUFFIX + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<String> parameterFiles(JsonNode manifest) {
        java.util.List<String> files = new java.util.ArrayList<>();
        files.add(manifest.path("shared").path("parameters").asText());
        for (JsonNode topic : manifest.path("topics")) {
            if (topic.has("parameters")) {
                files.add(topic.path("path").asText() + "/"
                        + topic.path("parameters").asText());
            }
        }
        return files;
    }
}
