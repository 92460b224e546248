package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * Reads one {@code trial-protocols/*.json} file: its schema first, then the cross-file checks. The protocol is kept
 * as its identity, every citation in it and its text until the trial concern reads it; the checks walk the whole
 * file, so every {@code citations} list and every figure's {@code unit} is checked wherever it sits.
 */
final class TrialProtocols {

    static final String SCHEMA = "trial-protocol.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrialProtocols() {}

    /** The protocol, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<TrialProtocol> read(
            String path,
            String text,
            String schemaFolder,
            Map<String, EvidenceSource> sources,
            DrugCatalogue drugs,
            List<String> problems) {
        Optional<JsonNode> file = KnowledgeSchemas.read(schemaFolder + SCHEMA, path, text, problems, JSON::readTree);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root = file.get();
        int before = problems.size();
        String id = root.path("id").asText();
        ContentFiles.checkId(path, id, problems);
        List<Citation> citations = new ArrayList<>();
        walk(root, path + " $", sources, citations, problems);

        JsonNode observation = root.path("observation");
        String defaultPolicy = observation.path("defaultPolicy").asText();
        Set<String> policies = new HashSet<>();
        for (JsonNode policy : observation.path("policies")) {
            if (!policies.add(policy.path("id").asText())) {
                problems.add(
                        path + " $.observation.policies: " + policy.path("id").asText() + " is named twice");
            }
        }
        if (!policies.contains(defaultPolicy)) {
            problems.add(path + " $.observation.defaultPolicy: " + defaultPolicy
                    + " is not one of the protocol's policies " + policies);
        }
        String drug = root.path("drug").asText();
        if (drugs.find(drug).isEmpty()) {
            problems.add(path + " $.drug: " + drug + " is not in the drug catalogue");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TrialProtocol(
                path,
                id,
                root.path("version").asText(),
                root.path("status").asText(),
                root.path("title").asText(),
                root.path("method").asText(),
                root.path("route").asText(),
                drug,
                defaultPolicy,
                citations,
                text));
    }

    /** Every citations list resolves; every figure ({@code value} with {@code unit}) has a UCUM unit. */
    private static void walk(
            JsonNode node,
            String where,
            Map<String, EvidenceSource> sources,
            List<Citation> citations,
            List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", sources, citations, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("value") && node.path("unit").isTextual()) {
            ContentFiles.checkUnit(where + ".unit", node.path("unit").asText(), problems);
        }
        if (node.path("citations").isArray()) {
            List<CitationJson> raw = new ArrayList<>();
            for (JsonNode c : node.path("citations")) {
                raw.add(new CitationJson(
                        text(c, "source"), text(c, "locator"), c.get("grade"), text(c, "verification")));
            }
            citations.addAll(ContentFiles.citations(where + ".citations", raw, sources, problems));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("citations")) {
                walk(field.getValue(), where + "." + field.getKey(), sources, citations, problems);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
