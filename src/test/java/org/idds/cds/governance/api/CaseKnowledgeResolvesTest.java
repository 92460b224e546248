package org.idds.cds.governance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.junit.jupiter.api.Test;

/**
 * Every key an answer names resolves under the answer's ruleset hash (issue 15): each case of every concern is sent
 * through its endpoint as the case tests send it, and every rule id, figure key, source key and statement key found in
 * the answer is fetched from {@code /api/v1/rulesets/{hash}/...} with 200. The keys are collected by field name, so
 * both the answer format of before issue 15 and {@code idds-answer/2} are read: {@code ruleId}/{@code rule};
 * {@code figures}/{@code parameters} entries' {@code key}; {@code citations}' {@code source}, superseding and OME
 * factor sources; {@code statement} where it is a key; an OME line's {@code figure}; drug options' {@code algorithm}
 * (MDT cases and every track of {@code POST /api/v1/drug-options} too). Where an answer still shows a figure's
 * description, it must be the ruleset's, found by key.
 */
@QuarkusTest
class CaseKnowledgeResolvesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._\\-\\[\\]+]+");

    private record Named(String kind, String key, String where) {}

    /** A calculation text key an answer names: its section of dosing's outcomes file, and where it was found. */
    private record TextKey(String section, String key, String where) {}

    @Test
    void everyRuleFigureSourceAndStatementAnAnswerNamesResolvesUnderItsRulesetHash() throws Exception {
        Map<String, Named> named = new TreeMap<>();
        Map<String, JsonNode> shownFigures = new TreeMap<>();
        Map<String, TextKey> textKeys = new TreeMap<>();
        Map<String, String> omeLineTexts = new TreeMap<>();
        Map<String, String> labelledFigures = new TreeMap<>();
        Map<String, FactNote> factNotes = new TreeMap<>();
        Set<String> hashes = new TreeSet<>();
        List<ClinicalCase> cases = Stream.of("selection", "dosing", "safety", "mdt")
                .flatMap(concern -> Fixtures.all(concern).stream())
                .toList();
        for (ClinicalCase c : cases) {
            String[] when = c.when().split(" ", 2);
            assertEquals("POST", when[0], c.path());
            String body = Api.request()
                    .contentType(ContentType.JSON)
                    .body(c.request())
                    .post(when[1])
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            JsonNode answer = JSON.readTree(body);
            hashes.add(answer.path("ruleset").path("contentHash").asText());
            collect(answer, "", c.path(), named, shownFigures);
            calculationKeys(answer, c.path(), textKeys, named);
            omeLineKeys(answer, c.path(), omeLineTexts, labelledFigures);
            factNotes(answer, c.path(), factNotes);
        }
        // drug options have no case folders: every track, with each answer to the psychosis history
        for (String population : List.of("CANCER", "NON_CANCER")) {
            for (String distribution : List.of("LOCALIZED", "DIFFUSE")) {
                for (String history : List.of(", \"psychosisHistory\": true", ", \"psychosisHistory\": false", "")) {
                    String request = "{\"population\": \"" + population + "\", \"distribution\": \"" + distribution
                            + "\"" + history + "}";
                    JsonNode answer = JSON.readTree(Api.request()
                            .contentType(ContentType.JSON)
                            .body(request)
                            .post("/api/v1/drug-options")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
                    hashes.add(answer.path("ruleset").path("contentHash").asText());
                    collect(answer, "", "drug options " + request, named, shownFigures);
                }
            }
        }
        assertEquals(1, hashes.size(), "every case answered under the active ruleset: " + hashes);
        assertTrue(named.values().stream().anyMatch(n -> n.kind().equals("algorithms")), "algorithms found");
        assertTrue(
                named.values().stream()
                        .anyMatch(n -> n.kind().equals("figures") && n.key().startsWith("ome-factor.")),
                "OME lines name their factor's figure");
        String hash = hashes.iterator().next();
        assertTrue(named.values().stream().anyMatch(n -> n.kind().equals("figures")), "figures found");
        assertTrue(named.values().stream().anyMatch(n -> n.kind().equals("sources")), "sources found");
        List<String> unresolved = new ArrayList<>();
        for (Named n : named.values()) {
            var answer = Api.request().get("/api/v1/rulesets/{hash}/" + n.kind() + "/{key}", hash, n.key());
            if (answer.statusCode() != 200) {
                unresolved.add(n.kind() + "/" + n.key() + " (" + n.where() + "): " + answer.statusCode());
                continue;
            }
            JsonNode shown = shownFigures.get(n.kind() + "/" + n.key());
            if (shown != null) {
                JsonNode entry = JSON.readTree(answer.asString());
                if (shown.has("description")) {
                    assertEquals(
                            entry.path("description").asText(),
                            shown.path("description").asText(),
                            n.key() + " (" + n.where() + ")");
                }
            }
        }
        assertEquals(List.of(), unresolved, cases.size() + " cases, " + named.size() + " keys");
        calculationKeysResolve(hash, textKeys);
        omeLineKeysResolve(hash, omeLineTexts, labelledFigures);
        factNotesResolve(hash, factNotes);
    }

    /** A fact's note as an answer names it: the key, the values it fills with, and where it was found. */
    private record FactNote(String key, Map<String, String> vars, String where) {}

    private static void factNotes(JsonNode answer, String where, Map<String, FactNote> notes) {
        answer.path("facts").fields().forEachRemaining(fact -> {
            JsonNode f = fact.getValue();
            if (f.has("note")) {
                Map<String, String> vars = new TreeMap<>();
                f.path("noteArgs")
                        .fields()
                        .forEachRemaining(a -> vars.put(a.getKey(), a.getValue().asText()));
                vars.put("value", f.path("value").asText());
                notes.putIfAbsent(
                        f.path("note").asText() + vars,
                        new FactNote(f.path("note").asText(), vars, where + " facts." + fact.getKey()));
            }
        });
    }

    /**
     * Every fact note the answers name (a fact's fixed wording, by key) has its text in the outcomes file of a concern
     * (dosing's, or selection's for the total OME where cited factors disagree) under the answers' ruleset hash, and
     * the text fills with the fact's value and the note's arguments.
     */
    private static void factNotesResolve(String hash, Map<String, FactNote> notes) throws Exception {
        assertTrue(notes.values().stream().anyMatch(n -> n.key().startsWith("startingDose.")), "fact notes found");
        assertTrue(
                notes.values().stream().anyMatch(n -> n.key().equals("omeTotal.factorsDisagree")),
                "selection fact notes found");
        List<JsonNode> files = new ArrayList<>();
        for (String concern : List.of("DOSING", "SELECTION")) {
            files.add(JSON.readTree(Api.request()
                            .get("/api/v1/rulesets/{hash}/outcomes/{concern}", hash, concern)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .path("factNotes"));
        }
        List<String> unresolved = new ArrayList<>();
        for (FactNote n : notes.values()) {
            JsonNode text = files.stream()
                    .map(f -> f.path(n.key()))
                    .filter(JsonNode::isTextual)
                    .findFirst()
                    .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            if (!text.isTextual()) {
                unresolved.add(n.key() + " (" + n.where() + "): no text");
            } else if (org.idds.cds.ruleset.KeyedTemplates.render(text.asText(), n.vars())
                    .isEmpty()) {
                unresolved.add(n.key() + " (" + n.where() + "): does not fill with " + n.vars());
            }
        }
        assertEquals(List.of(), unresolved, notes.size() + " fact notes");
    }

    /**
     * Every OME line's text key has a template in selection's outcomes file ({@code omeLines.lines}), and where cited
     * sources disagree the governed figures of both factors carry the label the full view names them by.
     */
    private static void omeLineKeysResolve(String hash, Map<String, String> texts, Map<String, String> labelled)
            throws Exception {
        assertTrue(texts.containsKey("counted.sourcesDisagree"), "OME line text keys found: " + texts.keySet());
        JsonNode lines = JSON.readTree(Api.request()
                        .get("/api/v1/rulesets/{hash}/outcomes/SELECTION", hash)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("omeLines")
                .path("lines");
        List<String> unresolved = new ArrayList<>();
        texts.forEach((key, where) -> {
            if (!lines.path(key).isTextual()) {
                unresolved.add("omeLines.lines/" + key + " (" + where + "): no template");
            }
        });
        for (Map.Entry<String, String> figure : labelled.entrySet()) {
            JsonNode entry = JSON.readTree(Api.request()
                    .get("/api/v1/rulesets/{hash}/figures/{key}", hash, figure.getKey())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            if (!entry.path("label").isTextual()) {
                unresolved.add("figures/" + figure.getKey() + " (" + figure.getValue() + "): no label");
            }
        }
        assertEquals(List.of(), unresolved, texts.size() + " OME line text keys, " + labelled.size() + " labels");
    }

    private static void omeLineKeys(
            JsonNode answer, String where, Map<String, String> texts, Map<String, String> labelled) {
        List<JsonNode> lines = new ArrayList<>();
        answer.path("opioidLoad").path("lines").forEach(lines::add);
        answer.path("systemicOpioids").path("lines").forEach(lines::add);
        for (JsonNode line : lines) {
            if (line.path("text").isTextual()) {
                texts.putIfAbsent(line.path("text").asText(), where);
            }
            if (line.path("alternative").isObject()) {
                labelled.putIfAbsent(line.path("figure").asText(), where);
                labelled.putIfAbsent(line.path("alternative").path("figure").asText(), where);
            }
        }
    }

    /**
     * Every calculation text key the prescription checks name (each calculation's text key or id, each input's term
     * and source code, each part, each calculation not made) has a text in dosing's outcomes file under the answers'
     * ruleset hash, which fills with the variables its key and its section give.
     */
    private static void calculationKeysResolve(String hash, Map<String, TextKey> keys) throws Exception {
        assertTrue(keys.values().stream().anyMatch(k -> k.section().equals("terms")), "calculation keys found");
        JsonNode outcomes = JSON.readTree(Api.request()
                .get("/api/v1/rulesets/{hash}/outcomes/DOSING", hash)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, String> given =
                Map.of("parts", "p", "verification", "v", "figure", "f", "interval", "1 d", "concentration", "1 mg/mL");
        List<String> unresolved = new ArrayList<>();
        for (TextKey k : keys.values()) {
            JsonNode section = outcomes.path(k.section());
            List<String> patterns = new ArrayList<>();
            section.fieldNames().forEachRemaining(patterns::add);
            var match = org.idds.cds.ruleset.KeyedTemplates.match(k.key(), patterns);
            if (match.isEmpty()) {
                unresolved.add(k.section() + "/" + k.key() + " (" + k.where() + "): no text");
                continue;
            }
            Map<String, String> vars = new java.util.HashMap<>(given);
            vars.putAll(match.get().variables());
            JsonNode entry = section.path(match.get().pattern());
            List<String> templates = new ArrayList<>();
            if (entry.isTextual()) {
                templates.add(entry.asText());
            } else {
                entry.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("joinParts")) {
                        templates.add(f.getValue().asText());
                    }
                });
            }
            for (String template : templates) {
                if (org.idds.cds.ruleset.KeyedTemplates.render(template, vars).isEmpty()) {
                    unresolved.add(
                            k.section() + "/" + k.key() + " (" + k.where() + "): " + template + " does not fill");
                }
            }
        }
        assertEquals(List.of(), unresolved, keys.size() + " calculation text keys");
    }

    private static void calculationKeys(
            JsonNode answer, String where, Map<String, TextKey> keys, Map<String, Named> named) {
        for (JsonNode step : answer.path("calculations")) {
            text(keys, "calculations", step.path("text").asText(step.path("id").asText()), where);
            step.path("parts").forEach(p -> text(keys, "parts", p.path("text").asText(), where));
            for (JsonNode input : step.path("inputs")) {
                text(keys, "terms", input.path("term").asText(), where);
                text(keys, "inputFrom", input.path("from").asText(), where);
                if (input.path("figure").isTextual()) {
                    add("figures", input.path("figure").asText(), where, named);
                }
            }
        }
        for (JsonNode step : answer.path("notCalculated")) {
            text(keys, "notCalculated", step.path("text").asText(step.path("id").asText()), where);
            step.path("parts").forEach(p -> text(keys, "parts", p.path("text").asText(), where));
        }
    }

    private static void text(Map<String, TextKey> keys, String section, String key, String where) {
        keys.putIfAbsent(section + "/" + key, new TextKey(section, key, where));
    }

    private static void collect(
            JsonNode node, String field, String where, Map<String, Named> named, Map<String, JsonNode> figures) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if ((field.equals("figures") || field.equals("parameters"))
                        && item.path("key").isTextual()) {
                    add("figures", item.path("key").asText(), where, named);
                    figures.putIfAbsent("figures/" + item.path("key").asText(), item);
                }
                if (field.equals("citations") && item.path("source").isTextual()) {
                    add("sources", item.path("source").asText(), where, named);
                }
                if ((field.equals("supersededSources") || field.equals("factorSources") || field.equals("sources"))
                        && item.isTextual()) {
                    add("sources", item.asText(), where, named);
                }
                collect(item, field, where, named, figures);
            }
            return;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            if ((e.getKey().equals("ruleId") || e.getKey().equals("rule")) && value.isTextual()) {
                add("rules", value.asText(), where, named);
            }
            if (e.getKey().equals("figure") && value.isTextual()) { // an OME line's (or its alternative's) factor
                add("figures", value.asText(), where, named);
            }
            if (e.getKey().equals("algorithm")) { // drug options: the id, or an object with the id
                JsonNode id = value.isTextual() ? value : value.path("id");
                if (id.isTextual()) {
                    add("algorithms", id.asText(), where, named);
                }
            }
            if (e.getKey().equals("statement")
                    && value.isTextual()
                    && KEY.matcher(value.asText()).matches()) {
                add("statements", value.asText(), where, named);
            }
            collect(value, e.getKey(), where, named, figures);
        });
    }

    private static void add(String kind, String key, String where, Map<String, Named> named) {
        named.putIfAbsent(kind + "/" + key, new Named(kind, key, where));
    }
}
