package org.idds.cds.governance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The clinical cases that cover each rule, for a reviewer reading one rule. Cases are test data
 * ({@code src/test/resources/rules/<concern>/<topic>/cases/<case>/}); the build copies each case's {@code case.json}
 * (title and covered rules) with its folder path into {@value #ROOT} and lists them in {@value #INDEX} (see the
 * maven-antrun-plugin execution {@code rule-cases} in pom.xml). Read once at start.
 */
@ApplicationScoped
public class RuleCases {

    static final String ROOT = "rule-cases/";
    static final String INDEX = ROOT + "index.txt";
    private static final String CASE_FILE = "/case.json";
    private static final Logger LOG = Logger.getLogger(RuleCases.class);

    private final Map<String, List<KnowledgeViews.CoveringCase>> byRule;

    public RuleCases() {
        this.byRule = read();
    }

    /** The cases whose case.json covers {@code ruleId}, in folder order. */
    public List<KnowledgeViews.CoveringCase> covering(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }

    private static Map<String, List<KnowledgeViews.CoveringCase>> read() {
        Optional<String> index = text(INDEX);
        if (index.isEmpty()) {
            LOG.warnf(
                    "%s is not on the classpath (built without the rule-cases step): no covering cases listed", INDEX);
            return Map.of();
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, List<KnowledgeViews.CoveringCase>> byRule = new HashMap<>();
        for (String path : index.get().lines().filter(l -> !l.isBlank()).toList()) {
            if (!path.endsWith(CASE_FILE)) {
                continue;
            }
            String folder = path.substring(0, path.length() - CASE_FILE.length());
            JsonNode c;
            try {
                c = json.readTree(text(ROOT + path)
                        .orElseThrow(() -> new IllegalStateException(INDEX + " lists " + path + ", which is missing")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var view = new KnowledgeViews.CoveringCase(
                    folder.substring(folder.lastIndexOf('/') + 1),
                    c.path("title").asText(),
                    folder);
            c.path("covers")
                    .forEach(rule -> byRule.computeIfAbsent(rule.asText(), r -> new ArrayList<>())
                            .add(view));
        }
        byRule.replaceAll((rule, cases) -> List.copyOf(cases));
        return Map.copyOf(byRule);
    }

    private static Optional<String> text(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
