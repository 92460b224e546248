package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Old fully qualified class name → current one, applied to an archived ruleset's DRL text when it is compiled, and
 * only then: the ruleset's files, its checks and its content hash stay over the original bytes.
 *
 * <p>A ruleset is released with DRL that imports the Java classes by the names they had then; when a class moves, the
 * archived DRL still compiles through this table. The table is the resource {@value #RESOURCE} (its
 * {@code description} says how to maintain it) and applies to format 1 rulesets, the ones made before the package
 * move. Only whole names are replaced ({@code org.idds.cds.domain.Effect} never rewrites a longer name that starts
 * with it); a wildcard import of a moved package is not rewritten, so it fails to compile rather than guess.
 */
public final class DrlRelocations {

    /** No relocation: the DRL names today's classes. */
    public static final DrlRelocations NONE = new DrlRelocations(Map.of());

    static final String RESOURCE = "org/idds/cds/ruleset/drl-relocations.json";

    private final Map<String, String> classes;
    private final Optional<Pattern> names;

    DrlRelocations(Map<String, String> classes) {
        this.classes = Map.copyOf(classes);
        this.names = classes.isEmpty()
                ? Optional.empty()
                : Optional.of(Pattern.compile("(?<![\\w.$])(?:"
                        + String.join(
                                "|",
                                classes.keySet().stream()
                                        .sorted(Comparator.comparing(String::length)
                                                .reversed())
                                        .map(Pattern::quote)
                                        .toList())
                        + ")(?![\\w$])"));
    }

    /** The table for archived (format 1) rulesets, read once from {@value #RESOURCE}. */
    public static DrlRelocations archived() {
        return Archived.TABLE;
    }

    /** Old fully qualified class name → current one. */
    public Map<String, String> classes() {
        return classes;
    }

    /** The DRL text with every old class name replaced by its current one. */
    public String apply(String drl) {
        if (names.isEmpty()) {
            return drl;
        }
        Matcher name = names.get().matcher(drl);
        StringBuilder out = new StringBuilder();
        while (name.find()) {
            name.appendReplacement(out, Matcher.quoteReplacement(classes.get(name.group())));
        }
        name.appendTail(out);
        return out.toString();
    }

    /** Read on first use only: the bundled ruleset never needs it. */
    private static final class Archived {
        static final DrlRelocations TABLE = read();

        private static DrlRelocations read() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("DRL relocation table not found on the classpath: " + RESOURCE);
                }
                JsonNode relocations = new ObjectMapper().readTree(in).path("relocations");
                Map<String, String> classes = new LinkedHashMap<>();
                relocations
                        .fields()
                        .forEachRemaining(
                                e -> classes.put(e.getKey(), e.getValue().asText()));
                return new DrlRelocations(classes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
