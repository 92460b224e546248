package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.kernel.answer.DrugCombination;

/**
 * The full view of a compact answer (format {@code idds-answer/2}): the same answer with every ruleset text it names
 * by key expanded from the ruleset's texts ({@link RulesetTexts}, read by content hash, no compile), for reading and
 * printing. It only ADDS text looked up by key; every computed value is already in the compact answer and is left as
 * it is. Generic over concerns: it works on the shared parts ({@code findings}, {@code pertinentNegatives},
 * {@code missingInputs}) and on the answer's kind for the disclaimer.
 *
 * <ul>
 *   <li>each finding: {@code ruleTitle}, the rule's static {@code detail} (when the compact has none), each citation
 *       with the locator and grade of the rule's entry for that source and the source's label, DOI/URL and
 *       supersession; each figure its {@code description} and {@code citations} (from the figure's entry);
 *   <li>each pertinent negative: {@code criterion} (the rule's title) and {@code statement} (its {@code whenNotMet});
 *   <li>each missing input: {@code label} (the outcomes file's input label), {@code neededBy} (rule and title of the
 *       findings that need it) and {@code why} (their summaries);
 *   <li>each OME line of an opioid load (and its alternative factor): the citations of the governed figure it names
 *       ({@code figure}) give each citation its locator, the figure's label its {@code factorLabel} (the
 *       alternative's {@code label}); its {@code calculation} from the template its {@code text} names in selection's
 *       outcomes file ({@code omeLines});
 *   <li>drug options (a drug-options answer, or an MDT case's {@code concerns.drugOptions}): from the algorithm file
 *       the answer names ({@code algorithm}), the {@code edition}, each line's {@code note} and its citations'
 *       locators, each option's {@code label}, each reason's wording ({@code reason}) and {@code notEncoded}'s text;
 *   <li>any other citation (an OME line's factor, say): its source's label, DOI/URL and supersession;
 *   <li>the device an answer names by id: its {@code title} (in a composed answer, {@code deviceTitle});
 *   <li>a prescription check's calculations (its own, or an MDT case's under {@code concerns.prescriptionCheck}),
 *       from dosing's outcomes file: each calculation's {@code what} and {@code formula}, each input's {@code name}
 *       and {@code fromText}, each calculation not made its {@code what} and {@code why}, and the systemic opioids'
 *       {@code note}; and each patient fact of a dosing answer that names a note: its {@code text}, the value with
 *       the note's wording ({@code factNotes});
 *   <li>{@code disclaimer}: from the concern's outcomes file (an answer of several concerns: {@code disclaimers} by
 *       concern);
 *   <li>{@code evidence}: each rule, figure, source and statement the answer names, once, as the knowledge endpoints
 *       serve them (in the manner of JSON:API's {@code included}); {@code algorithms} too when it names one.
 * </ul>
 */
public final class FullView {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The concern whose outcomes file holds the disclaimer of an answer of each kind. */
    private static final Map<String, String> CONCERN_OF_KIND = Map.of(
            "CANDIDACY", "SELECTION",
            "REFERRAL_CHECK", "SELECTION",
            "PRESCRIPTION_CHECK", "DOSING",
            "PROCEDURE_CHECK", "SAFETY",
            "FOLLOW_UP_CHECK", "SAFETY",
            "TRIAL_EVALUATION", "TRIAL");

    private final RulesetTexts texts;
    private final Map<String, ObjectNode> rules = new LinkedHashMap<>();
    private final Map<String, ObjectNode> figures = new LinkedHashMap<>();
    private final Map<String, ObjectNode> sources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> statements = new LinkedHashMap<>();
    private final Map<String, ObjectNode> algorithms = new LinkedHashMap<>();
    private final Map<String, Optional<JsonNode>> cache = new HashMap<>();

    private FullView(RulesetTexts texts) {
        this.texts = texts;
    }

    /** The full view of {@code compact} (left unchanged) under the ruleset whose texts are {@code texts}. */
    public static ObjectNode of(JsonNode compact, RulesetTexts texts) {
        return new FullView(texts).expand(compact);
    }

    private ObjectNode expand(JsonNode compact) {
        ObjectNode answer = compact.deepCopy();
        Map<String, JsonNode> findingsById = new HashMap<>();
        for (JsonNode finding : answer.path("findings")) {
            if (finding instanceof ObjectNode f) {
                findingsById.put(f.path("id").asText(), f);
                expandFinding(f);
            }
        }
        for (JsonNode negative : answer.path("pertinentNegatives")) {
            if (negative instanceof ObjectNode n) {
                rule(n.path("rule").asText()).ifPresent(rule -> {
                    putText(n, "criterion", rule.path("title"));
                    putText(n, "statement", rule.path("whenNotMet"));
                });
            }
        }
        expandOpioidLoad(answer);
        findingsOmeLines(answer);
        expandDrugOptions(answer);
        // citations elsewhere in the answer (an OME line's factor, say) name their source: its label, DOI/URL
        answer.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("findings")) {
                sourcesOfCitations(field.getValue());
            }
        });
        devices(answer);
        answer.path("concerns").forEach(this::devices);
        Set<String> concerns = concerns(answer);
        for (JsonNode missing : answer.path("missingInputs")) {
            if (missing instanceof ObjectNode m) {
                expandMissingInput(m, findingsById, concerns);
            }
        }
        Optional<String> concern =
                Optional.ofNullable(CONCERN_OF_KIND.get(answer.path("kind").asText()));
        if (concern.isPresent()) {
            outcomes(concern.get()).ifPresent(o -> putText(answer, "disclaimer", o.path("disclaimer")));
        } else {
            ObjectNode disclaimers = NODES.objectNode();
            concerns.forEach(c -> outcomes(c)
                    .map(o -> o.path("disclaimer"))
                    .filter(JsonNode::isTextual)
                    .ifPresent(d -> disclaimers.set(c.toLowerCase(Locale.ROOT), d)));
            if (!disclaimers.isEmpty()) {
                answer.set("disclaimers", disclaimers);
            }
        }
        expandPrescriptionCheck(answer);
        expandProcedureCheck(answer);
        expandFollowUpCheck(answer);
        expandTrialEvaluation(answer);
        expandFactNotes(answer, concern);
        ObjectNode evidence = NODES.objectNode();
        evidence.set("rules", object(rules));
        evidence.set("figures", object(figures));
        evidence.set("sources", object(sources));
        evidence.set("statements", object(statements));
        if (!algorithms.isEmpty()) {
            evidence.set("algorithms", object(algorithms));
        }
        answer.set("evidence", evidence);
        return answer;
    }

    private void expandFinding(ObjectNode finding) {
        Optional<JsonNode> rule = rule(finding.path("rule").asText());
        rule.ifPresent(r -> {
            putText(finding, "ruleTitle", r.path("title"));
            if (!finding.has("detail")) {
                putText(finding, "detail", r.path("detail"));
            }
            if (r.path("statement").isTextual()) {
                statement(r.path("statement").asText());
            }
        });
        if (finding.path("statement").isTextual()) {
            statement(finding.path("statement").asText());
        }
        List<JsonNode> artifacts = new ArrayList<>();
        rule.ifPresent(r -> r.path("relatedArtifact").forEach(a -> {
            if (!a.has("type") || "citation".equals(a.path("type").asText())) {
                artifacts.add(a);
            }
        }));
        // a rule that names a governed statement cites the statement's sources, at the statement's places
        rule.map(r -> r.path("statement"))
                .filter(JsonNode::isTextual)
                .flatMap(key -> statement(key.asText()))
                .ifPresent(st -> st.path("citations").forEach(artifacts::add));
        if (finding.path("statement").isTextual()) {
            statement(finding.path("statement").asText())
                    .ifPresent(st -> st.path("citations").forEach(artifacts::add));
        }
        expandCitations(finding.path("citations"), artifacts);
        for (JsonNode figure : finding.path("figures")) {
            if (figure instanceof ObjectNode f) {
                figure(f.path("key").asText()).ifPresent(entry -> {
                    putText(f, "description", entry.path("description"));
                    if (entry.path("citations").isArray()) {
                        ArrayNode citations = entry.path("citations").deepCopy();
                        citations.forEach(c -> {
                            if (c instanceof ObjectNode o) {
                                withSource(o);
                            }
                        });
                        f.set("citations", citations);
                    }
                });
            }
        }
    }

    /**
     * Each {@code {source, verified}} gets the locator and grade of the rule's entry for that source: the first
     * entry not yet used with the same source and verification, else the first with the same source (a rule can cite
     * one source twice, at two places).
     */
    private void expandCitations(JsonNode citations, List<JsonNode> artifacts) {
        Set<Integer> used = new LinkedHashSet<>();
        for (JsonNode citation : citations) {
            if (!(citation instanceof ObjectNode c)) {
                continue;
            }
            String source = c.path("source").asText();
            boolean verified = c.path("verified").asBoolean();
            int match = -1;
            for (int pass = 0; pass < 3 && match < 0; pass++) {
                for (int i = 0; i < artifacts.size() && match < 0; i++) {
                    JsonNode a = artifacts.get(i);
                    boolean sameSource = source.equals(a.path("source").asText());
                    boolean sameVerification =
                            verified == "VERIFIED".equals(a.path("verification").asText());
                    boolean free = !used.contains(i);
                    if (sameSource && (pass == 0 ? free && sameVerification : pass == 1 ? free : true)) {
                        match = i;
                    }
                }
            }
            if (match >= 0) {
                used.add(match);
                JsonNode a = artifacts.get(match);
                putText(c, "locator", a.path("locator"));
                if (a.has("grade")) {
                    c.set("grade", a.path("grade").deepCopy());
                }
            }
            withSource(c);
        }
    }

    /**
     * The OME lines of an opioid load (a candidacy's {@code opioidLoad}): a line, and its alternative factor, names the
     * governed figure its factor is; the figure's citations give each of its citations the locator, its label the
     * line's {@code factorLabel} (the alternative's {@code label}); the line's {@code calculation} is the template its
     * {@code text} names in selection's outcomes file ({@code omeLines}), left out when the file has none.
     */
    private void expandOpioidLoad(ObjectNode answer) {
        JsonNode omeLines = answer.path("opioidLoad").path("lines").isEmpty()
                ? NODES.missingNode()
                : outcomes("SELECTION").map(o -> o.path("omeLines")).orElse(NODES.missingNode());
        for (JsonNode line : answer.path("opioidLoad").path("lines")) {
            if (line instanceof ObjectNode l) {
                citationsOfFigure(l);
                if (l.path("alternative") instanceof ObjectNode alternative) {
                    citationsOfFigure(alternative);
                }
                expandOmeLineTexts(l, omeLines);
            }
        }
    }

    /**
     * Each finding that names the OME lines it rests on ({@code omeLines}, indexes into the answer's
     * {@code opioidLoad.lines}) gets their calculations, in order, as {@code calculation} (after {@code omeLines}) when
     * every line named has one.
     */
    private static void findingsOmeLines(ObjectNode answer) {
        JsonNode lines = answer.path("opioidLoad").path("lines");
        for (JsonNode finding : answer.path("findings")) {
            if (finding instanceof ObjectNode f && f.path("omeLines").isArray()) {
                ArrayNode calculation = NODES.arrayNode();
                for (JsonNode index : f.path("omeLines")) {
                    JsonNode text = lines.path(index.asInt()).path("calculation");
                    if (index.canConvertToInt() && text.isTextual()) {
                        calculation.add(text);
                    }
                }
                if (calculation.size() == f.path("omeLines").size()) {
                    Map<String, JsonNode> fields = new LinkedHashMap<>();
                    f.fields().forEachRemaining(e -> {
                        fields.put(e.getKey(), e.getValue());
                        if (e.getKey().equals("omeLines")) {
                            fields.put("calculation", calculation);
                        }
                    });
                    f.removeAll();
                    f.setAll(fields);
                }
            }
        }
    }

    /**
     * A prescription check's systemic opioids: each line expanded as an opioid load's ({@link #expandOpioidLoad}), and
     * their calculations, in order, as {@code calculation} (after {@code complete}) when every line has one.
     */
    private void expandSystemicOpioidLines(ObjectNode systemic) {
        JsonNode omeLines = systemic.path("lines").isEmpty()
                ? NODES.missingNode()
                : outcomes("SELECTION").map(o -> o.path("omeLines")).orElse(NODES.missingNode());
        ArrayNode calculation = NODES.arrayNode();
        for (JsonNode line : systemic.path("lines")) {
            if (line instanceof ObjectNode l) {
                citationsOfFigure(l);
                if (l.path("alternative") instanceof ObjectNode alternative) {
                    citationsOfFigure(alternative);
                }
                expandOmeLineTexts(l, omeLines);
                if (l.path("calculation").isTextual()) {
                    calculation.add(l.path("calculation"));
                }
            }
        }
        if (calculation.size() == systemic.path("lines").size()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            systemic.fields().forEachRemaining(e -> {
                fields.put(e.getKey(), e.getValue());
                if (e.getKey().equals("complete")) {
                    fields.put("calculation", calculation);
                }
            });
            fields.putIfAbsent("calculation", calculation);
            systemic.removeAll();
            systemic.setAll(fields);
        }
    }

    /**
     * An OME line's texts: {@code calculation} (after {@code text}) from its template, then {@code factorLabel} and
     * the alternative's {@code label} (first) from the labels of the governed figures of its factors.
     */
    private void expandOmeLineTexts(ObjectNode line, JsonNode omeLines) {
        Map<String, String> vars = omeLineVariables(line);
        Optional<String> calculation = KeyedTemplates.match(line.path("text").asText(), names(omeLines.path("lines")))
                .flatMap(match -> {
                    Map<String, String> all = new LinkedHashMap<>(phrased(vars, omeLines.path("phrases")));
                    all.putAll(match.variables());
                    return KeyedTemplates.render(
                            omeLines.path("lines").path(match.pattern()).asText(), all);
                });
        calculation.ifPresent(c -> insertAfter(line, "text", "calculation", NODES.textNode(c)));
        Optional.ofNullable(vars.get("factorLabel"))
                .ifPresent(label -> insertAfter(
                        line, calculation.isPresent() ? "calculation" : "text", "factorLabel", NODES.textNode(label)));
        if (line.path("alternative") instanceof ObjectNode alternative) {
            Optional.ofNullable(vars.get("alternativeLabel"))
                    .ifPresent(label -> insertAfter(alternative, "", "label", NODES.textNode(label)));
        }
    }

    /**
     * The values an OME line's template may use: the line's own (a quantity as "value unit", a number as written),
     * its alternative's prefixed {@code alternative}, the label and verification of each factor's governed figure.
     */
    private Map<String, String> omeLineVariables(ObjectNode line) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String field : List.of("drug", "route", "enteredAs")) {
            if (line.path(field).isTextual()) {
                vars.put(field, line.path(field).asText());
            }
        }
        for (String field :
                List.of("dose", "dailyDose", "dailyDoseInFactorUnit", "oralMorphineEquivalent", "ceiling")) {
            quantity(line.path(field)).ifPresent(q -> vars.put(field, q));
        }
        for (String field : List.of("dosesPerDay", "factor")) {
            number(line.path(field)).ifPresent(n -> vars.put(field, n));
        }
        if (line.path("doseAboveCeilingConfirmed").asBoolean(false)) {
            vars.put("doseAboveCeilingConfirmed", "true");
        }
        figureTexts(line, "factor", vars);
        JsonNode alternative = line.path("alternative");
        if (alternative.isObject()) {
            number(alternative.path("factor")).ifPresent(n -> vars.put("alternativeFactor", n));
            quantity(alternative.path("oralMorphineEquivalent"))
                    .ifPresent(q -> vars.put("alternativeOralMorphineEquivalent", q));
            figureTexts(alternative, "alternative", vars);
        }
        return vars;
    }

    /** The label and verification of the governed figure a node names ({@code figure}), as {@code <prefix>Label}. */
    private void figureTexts(JsonNode node, String prefix, Map<String, String> vars) {
        if (node.path("figure").isTextual()) {
            figure(node.path("figure").asText()).ifPresent(entry -> {
                if (entry.path("label").isTextual()) {
                    vars.put(prefix + "Label", entry.path("label").asText());
                }
                if (entry.path("verification").isTextual()) {
                    vars.put(prefix + "Verification", entry.path("verification").asText());
                }
            });
        }
    }

    /**
     * The variables with the phrase that stands for each value where {@code phrases} gives the variable's values
     * (a value without a phrase leaves the variable out, so an optional part naming it is left out).
     */
    private static Map<String, String> phrased(Map<String, String> vars, JsonNode phrases) {
        Map<String, String> out = new LinkedHashMap<>();
        vars.forEach((name, value) -> {
            JsonNode byValue = phrases.path(name);
            if (!byValue.isObject()) {
                out.put(name, value);
            } else if (byValue.path(value).isTextual()) {
                out.put(name, byValue.path(value).asText());
            }
        });
        return out;
    }

    /** A quantity {@code {value, unit}} as a text shows it: "value unit". */
    private static Optional<String> quantity(JsonNode q) {
        return number(q.path("value"))
                .filter(v -> q.path("unit").isTextual())
                .map(v -> v + " " + q.path("unit").asText());
    }

    /** A number as a text shows it: trailing zeros dropped, never in exponent form. */
    private static Optional<String> number(JsonNode n) {
        return n.isNumber() ? Optional.of(n.decimalValue().stripTrailingZeros().toPlainString()) : Optional.empty();
    }

    private void citationsOfFigure(ObjectNode node) {
        if (node.path("figure").isTextual()) {
            figure(node.path("figure").asText())
                    .ifPresent(entry -> expandCitations(node.path("citations"), list(entry.path("citations"))));
        }
    }

    /**
     * Drug options: the answer of {@code POST /api/v1/drug-options} (its {@code algorithm} an object with the id) or an
     * MDT case's {@code concerns.drugOptions} (its {@code algorithm} the id).
     */
    private void expandDrugOptions(ObjectNode answer) {
        if (answer.path("concerns").path("drugOptions") instanceof ObjectNode options) {
            expandDrugOptionsSection(options);
        }
        if (answer.path("algorithm").path("id").isTextual()
                && answer.path("lines").isArray()) {
            expandDrugOptionsSection(answer);
        }
    }

    /**
     * The texts of drug options from the algorithm file they name, found by key: the track by the answer's
     * {@code position} (one track per combination of axis values), a line by its number, a reason's contraindication by
     * drug and condition (its {@code whenPresent} when the answer's {@code conditions} say YES, {@code whileUnknown}
     * when NOT_KNOWN), {@code notEncoded} (true) by the track's {@code missing}; an option's label is its drugs joined
     * by " + ", as the algorithm reads.
     */
    private void expandDrugOptionsSection(ObjectNode options) {
        JsonNode algorithmField = options.path("algorithm");
        String id = algorithmField.isTextual()
                ? algorithmField.asText()
                : algorithmField.path("id").asText();
        Optional<JsonNode> found = algorithm(id);
        if (found.isEmpty()) {
            return;
        }
        JsonNode file = found.get();
        if (algorithmField instanceof ObjectNode view) {
            insertAfter(view, "id", "edition", file.path("edition"));
        } else {
            insertAfter(options, "algorithm", "edition", file.path("edition"));
        }
        Map<String, String> position = new LinkedHashMap<>();
        for (JsonNode at : options.path("position")) {
            String axis = at.path("axis").asText();
            position.put(axis, at.path("value").asText());
            if (at.has("citations")) {
                expandCitations(
                        at.path("citations"),
                        list(first(
                                        file.path("axes"),
                                        a -> axis.equals(a.path("name").asText()))
                                .path("citations")));
            }
        }
        JsonNode track = first(file.path("tracks"), t -> position.equals(strings(t.path("position"))));
        Map<String, String> answers = new HashMap<>();
        options.path("conditions")
                .forEach(c -> answers.put(
                        c.path("condition").asText(), c.path("answer").asText()));
        for (JsonNode line : options.path("lines")) {
            if (!(line instanceof ObjectNode l)) {
                continue;
            }
            int number = l.path("line").asInt();
            JsonNode fileLine = first(track.path("lines"), x -> x.path("line").asInt() == number);
            insertAfter(l, "verified", "note", fileLine.path("note"));
            if (l.has("citations")) {
                expandCitations(l.path("citations"), list(fileLine.path("citations")));
            }
            for (JsonNode option : l.path("options")) {
                if (option instanceof ObjectNode o) {
                    expandOption(o, file, answers);
                }
            }
        }
        JsonNode notEncoded = options.path("notEncoded");
        if (notEncoded.isBoolean()) {
            if (notEncoded.asBoolean() && track.path("missing").isTextual()) {
                options.set("notEncoded", track.path("missing"));
            } else if (!notEncoded.asBoolean()) {
                options.remove("notEncoded"); // nothing left out: as the answer read before the text moved
            } // true without the text in the ruleset: the flag stays, the full view only adds
        }
    }

    private void expandOption(ObjectNode option, JsonNode file, Map<String, String> answers) {
        List<String> drugs = new ArrayList<>();
        option.path("drugs").forEach(d -> drugs.add(d.asText()));
        JsonNode label = NODES.textNode(DrugCombination.label(drugs));
        if (option.has("reasons")) {
            insertAfter(option, "drugs", "label", label);
        } else {
            insertAfter(option, "", "label", label); // an MDT case's option: the label first, as it was
        }
        for (JsonNode reason : option.path("reasons")) {
            if (!(reason instanceof ObjectNode r)) {
                continue;
            }
            String drug = r.path("drug").asText();
            String condition = r.path("condition").asText();
            JsonNode contraindication = first(
                    file.path("contraindications"),
                    c -> drug.equals(c.path("drug").asText())
                            && condition.equals(c.path("condition").asText()));
            String answer = answers.getOrDefault(condition, "");
            JsonNode text = answer.equals("YES")
                    ? contraindication.path("whenPresent")
                    : answer.equals("NOT_KNOWN") ? contraindication.path("whileUnknown") : NODES.missingNode();
            insertAfter(r, "condition", "reason", text);
            List<JsonNode> places = list(contraindication.path("citations"));
            if (r.path("statement").isTextual()) {
                places = statement(r.path("statement").asText())
                        .map(st -> list(st.path("citations")))
                        .orElse(places);
            }
            expandCitations(r.path("citations"), places);
        }
    }

    private Optional<JsonNode> algorithm(String id) {
        Optional<JsonNode> algorithm = entry(RulesetTexts.Kind.ALGORITHMS, id);
        algorithm.ifPresent(a -> algorithms.putIfAbsent(id, (ObjectNode) a));
        return algorithm;
    }

    /** The first element of {@code array} that matches, or a missing node. */
    private static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> matches) {
        for (JsonNode element : array) {
            if (matches.test(element)) {
                return element;
            }
        }
        return NODES.missingNode();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /**
     * Puts a text field right after {@code after} (first when {@code after} is not a field of the object), so that
     * the full view reads in the order the texts had in the answer before they became ruleset text.
     */
    private static void insertAfter(ObjectNode into, String after, String field, JsonNode value) {
        if (value == null || !value.isTextual()) {
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (!into.has(after)) {
            fields.put(field, value);
        }
        into.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(field)) {
                fields.put(e.getKey(), e.getValue());
            }
            if (e.getKey().equals(after)) {
                fields.put(field, value);
            }
        });
        into.removeAll();
        into.setAll(fields);
    }

    /** Every {@code citations} array under {@code node}: each citation gets its source's label, DOI/URL. */
    private void sourcesOfCitations(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("citations") && field.getValue().isArray()) {
                    field.getValue().forEach(c -> {
                        if (c instanceof ObjectNode o && o.path("source").isTextual() && !o.has("label")) {
                            withSource(o);
                        }
                    });
                } else {
                    sourcesOfCitations(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::sourcesOfCitations);
        }
    }

    /** The source's label, DOI, URL and supersession on a citation that names it. */
    private void withSource(ObjectNode citation) {
        source(citation.path("source").asText()).ifPresent(s -> {
            putText(citation, "label", s.path("label"));
            putText(citation, "doi", s.path("doi"));
            putText(citation, "url", s.path("url"));
            if (s.has("supersededBy")) {
                citation.set("supersededBy", s.path("supersededBy").deepCopy());
            }
        });
    }

    /** The device an answer names by id ({@code device.id}, or {@code deviceId} in a composed answer): its title. */
    private void devices(JsonNode answer) {
        if (answer.path("device") instanceof ObjectNode device
                && device.path("id").isTextual()) {
            device(device.path("id").asText()).ifPresent(d -> putText(device, "title", d.path("title")));
        }
        if (answer instanceof ObjectNode a && a.path("deviceId").isTextual()) {
            device(a.path("deviceId").asText()).ifPresent(d -> putText(a, "deviceTitle", d.path("title")));
        }
    }

    private Optional<JsonNode> device(String id) {
        return entry(RulesetTexts.Kind.DEVICES, id);
    }

    private void expandMissingInput(ObjectNode missing, Map<String, JsonNode> findingsById, Set<String> concerns) {
        String input = missing.path("input").asText();
        for (String concern : concerns) {
            JsonNode label = outcomes(concern)
                    .map(o -> o.path("inputLabels").path(input))
                    .orElse(NODES.missingNode());
            if (label.isTextual()) {
                missing.set("label", label);
                break;
            }
        }
        ArrayNode neededBy = NODES.arrayNode();
        List<String> why = new ArrayList<>();
        for (JsonNode id : missing.path("findings")) {
            JsonNode finding = findingsById.get(id.asText());
            if (finding == null) {
                continue;
            }
            String ruleId = finding.path("rule").asText();
            ObjectNode need = neededBy.addObject();
            need.put("finding", id.asText());
            need.put("rule", ruleId);
            rule(ruleId).ifPresent(r -> {
                putText(need, "title", r.path("title"));
                if (r.path("summary").isTextual()) {
                    why.add(r.path("summary").asText());
                }
            });
        }
        missing.set("neededBy", neededBy);
        if (!why.isEmpty()) {
            missing.put("why", String.join(" ", why));
        }
    }

    /**
     * A prescription check's calculation texts, from dosing's outcomes file: the answer's own (kind
     * PRESCRIPTION_CHECK) or the one an MDT case holds under {@code concerns.prescriptionCheck}.
     */
    private void expandPrescriptionCheck(ObjectNode answer) {
        String kind = answer.path("kind").asText();
        JsonNode check = "PRESCRIPTION_CHECK".equals(kind)
                ? answer
                : "MDT_CASE".equals(kind) ? answer.path("concerns").path("prescriptionCheck") : NODES.missingNode();
        if (check instanceof ObjectNode c) {
            outcomes("DOSING").ifPresent(o -> expandCalculations(c, o));
        }
    }

    /**
     * A procedure check's status and each drug plan in words, from safety's outcomes file ({@code statusSummary},
     * {@code planText}); the values stay as they are.
     */
    private void expandProcedureCheck(ObjectNode answer) {
        if (!"PROCEDURE_CHECK".equals(answer.path("kind").asText())) {
            return;
        }
        outcomes("SAFETY").ifPresent(o -> {
            putText(
                    answer,
                    "statusSummary",
                    o.path("statusSummaries").path(answer.path("status").asText()));
            for (JsonNode drug : answer.path("drugs")) {
                if (drug instanceof ObjectNode d) {
                    putText(d, "planText", o.path("plans").path(d.path("plan").asText()));
                }
            }
        });
    }

    /** A follow-up check's status in words, from safety's outcomes file ({@code followUp.statusSummaries}). */
    private void expandFollowUpCheck(ObjectNode answer) {
        if (!"FOLLOW_UP_CHECK".equals(answer.path("kind").asText())) {
            return;
        }
        outcomes("SAFETY")
                .ifPresent(o -> putText(
                        answer,
                        "statusSummary",
                        o.path("followUp")
                                .path("statusSummaries")
                                .path(answer.path("status").asText())));
    }

    /**
     * A trial evaluation's status and next step in words, from the trial outcomes file
     * ({@code evaluation.statusSummaries}, {@code evaluation.nextSteps}): the evaluation's own, or an MDT case's
     * {@code concerns.trialEvaluation}.
     */
    private void expandTrialEvaluation(ObjectNode answer) {
        String kind = answer.path("kind").asText();
        JsonNode section = "TRIAL_EVALUATION".equals(kind)
                ? answer
                : "MDT_CASE".equals(kind) ? answer.path("concerns").path("trialEvaluation") : NODES.missingNode();
        if (!(section instanceof ObjectNode evaluation)) {
            return;
        }
        outcomes("TRIAL").ifPresent(o -> {
            String status = evaluation.path("status").asText();
            putText(
                    evaluation,
                    "statusSummary",
                    o.path("evaluation").path("statusSummaries").path(status));
            putText(
                    evaluation,
                    "nextStep",
                    o.path("evaluation").path("nextSteps").path(status));
        });
    }

    /**
     * Each fact that names a note ({@code note}, with {@code noteArgs}) gets its {@code text}: the note's wording in
     * an outcomes file ({@code factNotes}: the answer's concern's, else, for an MDT answer, the first concern's that
     * words it) filled with the fact's {@code value} and its arguments, so the value reads as the clinician reads it
     * ("300 (a bound, never a dose to prescribe)"). The value itself stays as it is.
     */
    private void expandFactNotes(ObjectNode answer, Optional<String> concern) {
        List<String> concerns = new ArrayList<>();
        concern.ifPresent(concerns::add);
        List.of("SELECTION", "DOSING").stream()
                .filter(c -> !concerns.contains(c))
                .forEach(concerns::add);
        answer.path("facts").forEach(fact -> {
            if (fact instanceof ObjectNode f && f.path("note").isTextual()) {
                Map<String, String> vars = new LinkedHashMap<>(strings(f.path("noteArgs")));
                vars.put("value", f.path("value").asText());
                concerns.stream()
                        .flatMap(c -> outcomes(c).stream())
                        .map(o -> o.path("factNotes"))
                        .filter(notes -> KeyedTemplates.match(f.path("note").asText(), names(notes))
                                .isPresent())
                        .findFirst()
                        .flatMap(notes -> text(notes, f.path("note").asText(), vars))
                        .ifPresent(t -> f.put("text", t));
            }
        });
    }

    /**
     * Each calculation: {@code what} and {@code formula} (its text key, or its id, in {@code calculations}), each input
     * its {@code name} ({@code terms}) and {@code fromText} ({@code inputFrom}); each calculation not made its
     * {@code what} and {@code why} ({@code notCalculated}); the systemic opioids' {@code note}.
     */
    private void expandCalculations(ObjectNode check, JsonNode outcomes) {
        JsonNode calculations = check.path("calculations");
        for (int i = 0; i < calculations.size(); i++) {
            if (calculations.get(i) instanceof ObjectNode step && calculations instanceof ArrayNode array) {
                array.set(i, expandStep(step, outcomes, "calculations", "formula"));
            }
        }
        JsonNode notCalculated = check.path("notCalculated");
        for (int i = 0; i < notCalculated.size(); i++) {
            if (notCalculated.get(i) instanceof ObjectNode step && notCalculated instanceof ArrayNode array) {
                array.set(i, expandStep(step, outcomes, "notCalculated", "why"));
            }
        }
        if (check.path("systemicOpioids") instanceof ObjectNode systemic) {
            putText(systemic, "note", outcomes.path("systemicOpioids").path("note"));
            expandSystemicOpioidLines(systemic);
        }
    }

    /** The step with its texts after its id (and text key), then its own fields with each input expanded. */
    private ObjectNode expandStep(ObjectNode step, JsonNode outcomes, String section, String second) {
        String key = step.path("text").isTextual()
                ? step.path("text").asText()
                : step.path("id").asText();
        ObjectNode expanded = NODES.objectNode();
        expanded.set("id", step.path("id"));
        if (step.has("text")) {
            expanded.set("text", step.path("text"));
        }
        KeyedTemplates.match(key, names(outcomes.path(section))).ifPresent(match -> {
            JsonNode entry = outcomes.path(section).path(match.pattern());
            Map<String, String> vars = new LinkedHashMap<>(match.variables());
            if (entry.path("joinParts").isTextual()) {
                List<String> parts = new ArrayList<>();
                boolean complete = true;
                for (JsonNode part : step.path("parts")) {
                    Optional<String> text = part(part, outcomes);
                    text.ifPresent(parts::add);
                    complete &= text.isPresent();
                }
                if (!complete) {
                    return; // a part whose text is not found: no text rather than a wrong one
                }
                vars.put("parts", String.join(entry.path("joinParts").asText(), parts));
            }
            for (String field : List.of("what", second)) {
                KeyedTemplates.render(entry.path(field).asText(), vars).ifPresent(t -> expanded.put(field, t));
            }
        });
        step.fields().forEachRemaining(f -> {
            if (!expanded.has(f.getKey())) {
                expanded.set(f.getKey(), f.getValue());
            }
        });
        JsonNode inputs = expanded.path("inputs");
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof ObjectNode input && inputs instanceof ArrayNode array) {
                array.set(i, expandInput(input, outcomes));
            }
        }
        return expanded;
    }

    /** An input with its {@code name} after its term key and its {@code fromText} after its source code. */
    private ObjectNode expandInput(ObjectNode input, JsonNode outcomes) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (input.path("figure").isTextual()) {
            String figure = input.path("figure").asText();
            vars.put("figure", figure);
            figure(figure)
                    .map(f -> f.path("verification"))
                    .filter(JsonNode::isTextual)
                    .ifPresent(v -> vars.put("verification", v.asText()));
        }
        ObjectNode expanded = NODES.objectNode();
        input.fields().forEachRemaining(f -> {
            expanded.set(f.getKey(), f.getValue());
            if (f.getKey().equals("term")) {
                text(outcomes.path("terms"), f.getValue().asText(), vars).ifPresent(t -> expanded.put("name", t));
            } else if (f.getKey().equals("from")) {
                text(outcomes.path("inputFrom"), f.getValue().asText(), vars)
                        .ifPresent(t -> expanded.put("fromText", t));
            }
        });
        return expanded;
    }

    /** A part of a composed text: its template filled with its key's variables and its quantities. */
    private static Optional<String> part(JsonNode part, JsonNode outcomes) {
        Map<String, String> vars = new LinkedHashMap<>();
        part.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.path("value").isNumber()) {
                vars.put(
                        f.getKey(),
                        v.path("value").decimalValue().stripTrailingZeros().toPlainString() + " "
                                + v.path("unit").asText());
            }
        });
        return text(outcomes.path("parts"), part.path("text").asText(), vars);
    }

    /** The text of {@code key} in a section keyed by pattern, filled with the key's variables and {@code vars}. */
    private static Optional<String> text(JsonNode section, String key, Map<String, String> vars) {
        return KeyedTemplates.match(key, names(section)).flatMap(match -> {
            Map<String, String> all = new LinkedHashMap<>(vars);
            all.putAll(match.variables());
            return KeyedTemplates.render(section.path(match.pattern()).asText(), all);
        });
    }

    private static List<String> names(JsonNode section) {
        List<String> names = new ArrayList<>();
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The concerns the answer is about: its kind's, then those its findings name. */
    private static Set<String> concerns(JsonNode answer) {
        Set<String> concerns = new LinkedHashSet<>();
        Optional.ofNullable(CONCERN_OF_KIND.get(answer.path("kind").asText())).ifPresent(concerns::add);
        answer.path("findings").forEach(f -> {
            if (f.path("concern").isTextual()) {
                concerns.add(f.path("concern").asText().toUpperCase(Locale.ROOT));
            }
        });
        return concerns;
    }

    private Optional<JsonNode> rule(String id) {
        return included(RulesetTexts.Kind.RULES, id, rules, false);
    }

    private Optional<JsonNode> figure(String key) {
        return included(RulesetTexts.Kind.FIGURES, key, figures, true);
    }

    private Optional<JsonNode> source(String key) {
        return included(RulesetTexts.Kind.SOURCES, key, sources, false);
    }

    private Optional<JsonNode> statement(String key) {
        return included(RulesetTexts.Kind.STATEMENTS, key, statements, true);
    }

    /**
     * The entry of this kind and key, kept once for {@code evidence}; with {@code withSources}, the sources its
     * citations name are kept too.
     */
    private Optional<JsonNode> included(
            RulesetTexts.Kind kind, String key, Map<String, ObjectNode> into, boolean withSources) {
        Optional<JsonNode> entry = entry(kind, key);
        entry.ifPresent(e -> {
            into.putIfAbsent(key, (ObjectNode) e);
            if (withSources) {
                e.path("citations").forEach(c -> source(c.path("source").asText()));
            }
        });
        return entry;
    }

    private Optional<JsonNode> outcomes(String concern) {
        return entry(RulesetTexts.Kind.OUTCOMES, concern);
    }

    private Optional<JsonNode> entry(RulesetTexts.Kind kind, String key) {
        return cache.computeIfAbsent(
                kind + "\u0000" + key,
                k -> texts.entry(kind, key).map(bytes -> {
                    try {
                        JsonNode node = RulesetFiles.JSON.readTree(bytes);
                        return node.isObject() ? node : null;
                    } catch (IOException e) {
                        throw new IllegalStateException("ruleset text " + kind + " " + key + " is not JSON", e);
                    }
                }));
    }

    private static void putText(ObjectNode into, String field, JsonNode value) {
        if (value != null && value.isTextual()) {
            into.set(field, value);
        }
    }

    private static ObjectNode object(Map<String, ObjectNode> entries) {
        ObjectNode node = NODES.objectNode();
        entries.forEach((k, v) -> node.set(k, v.deepCopy()));
        return node;
    }
}
