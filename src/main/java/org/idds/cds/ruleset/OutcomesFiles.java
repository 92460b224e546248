package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.idds.cds.kernel.Concern;

/**
 * The plumbing every concern's outcomes file shares (the file listed in the manifest under {@code "outcomes":
 * {"<CONCERN>": ...}}): finding the file, or the concern's legacy copy for a ruleset made while the concern's policy
 * was Java code; its JSON Schema first; a strict read (unknown properties refused) into the concern's JSON records;
 * then the concern's own reading of those records into its policy, cached by file content. Every problem names the
 * file. The concern owns only its records, its schema and what its policy means.
 *
 * @param <J> the concern's JSON records (the file as written)
 * @param <P> the concern's policy read from them
 */
public final class OutcomesFiles<J, P> {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The concern's reading of its records into a policy; {@code legacy} is true for the concern's legacy copy. */
    @FunctionalInterface
    public interface Reading<J, P> {
        Parsed<P> read(String path, J json, boolean legacy);
    }

    /** The parsed policy or the problems, each naming the file. */
    public record Parsed<P>(Optional<P> policy, List<String> problems) {

        public Parsed {
            problems = List.copyOf(problems);
        }

        public static <P> Parsed<P> of(P policy) {
            return new Parsed<>(Optional.of(policy), List.of());
        }

        public static <P> Parsed<P> refused(List<String> problems) {
            return new Parsed<>(Optional.empty(), problems);
        }
    }

    /**
     * Where a concern's legacy copy comes from: rulesets of {@code versions} list no outcomes file for the concern and
     * get {@code resource} (beside {@code anchor} on the class path), a copy of the policy as the Java code was.
     */
    public record Legacy(Set<String> versions, Class<?> anchor, String resource) {

        public Legacy {
            versions = Set.copyOf(versions);
        }
    }

    private final Concern concern;
    private final String schema;
    private final Class<J> type;
    private final Legacy legacy;
    private final Reading<J, P> reading;
    private final ConcurrentMap<String, P> byContent = new ConcurrentHashMap<>();

    public OutcomesFiles(Concern concern, String schema, Class<J> type, Legacy legacy, Reading<J, P> reading) {
        this.concern = concern;
        this.schema = schema;
        this.type = type;
        this.legacy = legacy;
        this.reading = reading;
    }

    /** The concern's outcomes file of the ruleset, or its legacy copy for a ruleset made before the file existed. */
    public Optional<ConcernFile> file(Ruleset ruleset) {
        return ruleset.outcomes(concern)
                .or(() -> legacy.versions().contains(ruleset.version())
                        ? Optional.of(new ConcernFile(concern, legacy.resource(), legacyText()))
                        : Optional.empty());
    }

    /** The policy of a ruleset that loaded (so its file passed {@link #problems}). */
    public P of(Ruleset ruleset) {
        ConcernFile file = file(ruleset)
                .orElseThrow(() -> new IllegalStateException(
                        "ruleset " + ruleset.version() + " lists no outcomes file for " + concern));
        return byContent.computeIfAbsent(file.content(), text -> {
            Parsed<P> parsed = parse(file.path(), text);
            return parsed.policy().orElseThrow(() -> new IllegalStateException(String.join("; ", parsed.problems())));
        });
    }

    /** What is wrong with the ruleset's outcomes file for the concern; {@code absent} if it lists none. */
    public List<String> problems(Ruleset ruleset, List<String> absent) {
        return file(ruleset).map(f -> parse(f.path(), f.content()).problems()).orElse(absent);
    }

    /**
     * What is wrong with the ruleset's outcomes file for the concern; if it lists none, that is a problem only when the
     * ruleset has rules of the concern (see {@link #notListed}).
     */
    public List<String> problemsIfItHasRules(Ruleset ruleset, String expected, String whatItHolds) {
        boolean hasRules = ruleset.rules().values().stream().anyMatch(r -> r.concern() == concern);
        return problems(ruleset, hasRules ? List.of(notListed(expected, whatItHolds)) : List.of());
    }

    /**
     * The problem of a ruleset that lists no outcomes file for the concern: where it goes ({@code expected}, e.g.
     * {@code dosing/outcomes.json}) and {@code whatItHolds} (e.g. "the status policy and its wording"), ruleset data.
     */
    public String notListed(String expected, String whatItHolds) {
        return "ruleset.json lists no outcomes file for " + concern.name() + " (\"outcomes\": {\"" + concern.name()
                + "\": \"" + expected + "\"}); " + whatItHolds + " are ruleset data";
    }

    /** The file's schema, then a strict read, then the concern's reading. */
    public Parsed<P> parse(String path, String text) {
        List<String> schemaProblems = RulesetSchemas.problems(schema, path, text);
        if (!schemaProblems.isEmpty()) {
            return Parsed.refused(schemaProblems);
        }
        J json;
        try {
            json = JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            return Parsed.refused(List.of(path + " is not valid: " + e.getOriginalMessage()));
        }
        return reading.read(path, json, path.equals(legacy.resource()));
    }

    private String legacyText() {
        try (InputStream in = legacy.anchor().getResourceAsStream(legacy.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + legacy.resource() + " beside " + legacy.anchor());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
