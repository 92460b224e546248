package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.trial.CitedRange;
import org.idds.cds.clinical.trial.CitedThreshold;
import org.idds.cds.clinical.trial.MonitoringItem;
import org.idds.cds.clinical.trial.ObservationPolicy;
import org.idds.cds.clinical.trial.RecordItem;
import org.idds.cds.clinical.trial.SitePolicy;
import org.idds.cds.clinical.trial.TrialDrug;
import org.idds.cds.clinical.trial.TrialFigure;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.clinical.trial.TrialObservation;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.clinical.trial.TrialStatement;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * Reads one {@code trial-protocols/*.json} file into the typed {@link TrialProtocol}: the governance checks first
 * (format 5: a success threshold, a dose range or the handling of systemic opioids given as a default, or a figure
 * without a citation, is refused naming the file and the field), then its schema, then the cross-file checks (every
 * citation resolves, every unit is UCUM, {@code id} is the file name, the drugs are in the drug catalogue, a dose range's
 * minimum is not above its maximum, the default observation policy is one of the policies and the strictest: the
 * longest minimum duration). A format 4 or older file (an archived ruleset: one drug, a bolus dose and a default
 * success threshold) is read with its frozen schema and typed as {@link TrialProtocol} describes.
 */
final class TrialProtocols {

    static final String SCHEMA = "trial-protocol.schema.json";

    /** Why the archived (format 4 or older) files' bolus dose and success threshold read as cited figures. */
    static final String ARCHIVED_NO_DEFAULT =
            "An archived protocol (manifest format 4 or older) gave this figure as a default; it is read as a cited"
                    + " figure (site policy, decision 0008).";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrialProtocols() {}

    /** The protocol, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<TrialProtocol> read(GovernedFile file, DrugCatalogue drugs) {
        String path = file.path();
        List<String> problems = file.problems();
        boolean current = file.current();
        if (current) {
            Optional<JsonNode> tree = tree(file.text());
            if (tree.isPresent()) {
                int before = problems.size();
                checkSitePolicies(path, tree.get(), problems);
                checkFiguresCited(tree.get(), path + " $", problems);
                if (problems.size() > before) {
                    return Optional.empty();
                }
            }
        }
        return file.tree(SCHEMA).flatMap(root -> protocol(file, root, drugs));
    }

    private static Optional<TrialProtocol> protocol(GovernedFile file, JsonNode root, DrugCatalogue drugs) {
        String path = file.path();
        List<String> problems = file.problems();
        boolean current = file.current();
        int before = file.mark();
        ContentFiles.checkId(path, root.path("id").asText(), problems);
        checkUnits(root, path + " $", problems);
        Reader r = new Reader(path, file.sources(), problems);
        List<Citation> citations = r.citations("$.citations", root.path("citations"));
        TrialObservation observation = observation(r, root.path("observation"));

        List<TrialDrug> trialDrugs;
        SitePolicy<CitedThreshold> success;
        Optional<SitePolicy<TrialStatement>> systemicOpioids = Optional.empty();
        List<TrialStatement> prerequisites = List.of();
        List<MonitoringItem> monitoring = List.of();
        List<TrialStatement> readiness = List.of();
        List<RecordItem> record = List.of();
        List<String> routes;
        if (current) {
            routes = texts(root.path("routes"));
            trialDrugs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < root.path("drugs").size(); i++) {
                JsonNode d = root.path("drugs").get(i);
                String at = "$.drugs[" + i + "]";
                String drug = d.path("drug").asText();
                checkDrug(path + " " + at + ".drug", drug, drugs, problems);
                if (!seen.add(drug)) {
                    problems.add(path + " " + at + ".drug: " + drug + " is listed twice");
                }
                trialDrugs.add(new TrialDrug(
                        drug,
                        d.path("optional").asBoolean(false),
                        r.optionalStatement(at + ".product", d.get("product")),
                        r.optionalStatement(at + ".offLabel", d.get("offLabel")),
                        r.policy(at + ".dose", d.path("dose"), (where, c) -> range(r, where, c))));
            }
            prerequisites = r.list("$.prerequisites", root.path("prerequisites"), r::statement);
            monitoring = r.list(
                    "$.monitoring",
                    root.path("monitoring"),
                    (where, m) -> new MonitoringItem(
                            m.path("what").asText(),
                            m.path("schedule").asText(),
                            Verification.valueOf(m.path("verification").asText()), // the schema admits only these
                            r.citations(where + ".citations", m.path("citations"))));
            readiness = r.list("$.readiness", root.path("readiness"), r::statement);
            systemicOpioids = Optional.of(r.policy("$.systemicOpioids", root.path("systemicOpioids"), r::statement));
            record = r.list(
                    "$.record",
                    root.path("record"),
                    (where, m) -> new RecordItem(
                            RecordItem.Kind.valueOf(m.path("what").asText()), // the schema admits only the kinds
                            m.path("when").asText(),
                            Verification.valueOf(m.path("verification").asText()),
                            r.citations(where + ".citations", m.path("citations"))));
            success = r.policy("$.successCriteria", root.path("successCriteria"), (where, t) -> threshold(r, where, t));
        } else {
            routes = List.of(root.path("route").asText());
            String drug = root.path("drug").asText();
            if (drugs.find(drug).isEmpty()) {
                problems.add(path + " $.drug: " + drug + " is not in the drug catalogue");
            }
            List<CitedRange> bolus = root.has("bolusDose")
                    ? List.of(new CitedRange(
                            "bolusDose",
                            r.figure("$.bolusDose.min", root.path("bolusDose").path("min")),
                            r.figure("$.bolusDose.max", root.path("bolusDose").path("max"))))
                    : List.of();
            trialDrugs = List.of(new TrialDrug(
                    drug, false, Optional.empty(), Optional.empty(), new SitePolicy<>(ARCHIVED_NO_DEFAULT, bolus)));
            List<CitedThreshold> thresholds = new ArrayList<>();
            for (int i = 0; i < root.path("successCriteria").size(); i++) {
                JsonNode c = root.path("successCriteria").get(i);
                thresholds.add(new CitedThreshold(
                        c.path("measure").asText(),
                        CitedThreshold.Comparison.AT_LEAST,
                        r.figure("$.successCriteria[" + i + "].atLeast", c.path("atLeast")),
                        texts(c.path("alsoRequires")),
                        CitedThreshold.Use.TRIAL_SUCCESS_CRITERION));
            }
            success = new SitePolicy<>(ARCHIVED_NO_DEFAULT, thresholds);
        }
        trialDrugs.forEach(d -> d.dose().cited().forEach(range -> checkRange(path, d.drug(), range, problems)));
        checkObservation(path, observation, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TrialProtocol(
                path,
                root.path("id").asText(),
                root.path("version").asText(),
                root.path("status").asText(),
                root.path("title").asText(),
                root.path("description").asText(),
                TrialMethod.valueOf(root.path("method").asText()), // the schema admits only the methods
                routes,
                trialDrugs,
                prerequisites,
                observation,
                monitoring,
                readiness,
                systemicOpioids,
                record,
                success,
                citations,
                file.text()));
    }

    /**
     * A success threshold, a dose range and the handling of systemic opioids are site policy (decision 0008): each is
     * {@code {"noDefault": "<why>", "cited": [...]}}, never a default. Checked before the schema so that the refusal
     * says why.
     */
    private static void checkSitePolicies(String path, JsonNode root, List<String> problems) {
        sitePolicy(path, "$.successCriteria", root.get("successCriteria"), "a success threshold", problems);
        sitePolicy(
                path, "$.systemicOpioids", root.get("systemicOpioids"), "the handling of systemic opioids", problems);
        if (root.has("bolusDose")) {
            problems.add(
                    path + " $.bolusDose: a dose range is site policy (decision 0008): give it per drug as"
                            + " $.drugs[].dose {\"noDefault\": \"<why>\", \"cited\": [ranges with citations]}, never a default");
        }
        JsonNode list = root.path("drugs");
        for (int i = 0; i < list.size(); i++) {
            sitePolicy(path, "$.drugs[" + i + "].dose", list.get(i).get("dose"), "a dose range", problems);
        }
    }

    private static void sitePolicy(String path, String where, JsonNode node, String what, List<String> problems) {
        if (node == null) {
            return; // the schema names a missing field
        }
        boolean policy = node.isObject()
                && node.path("noDefault").isTextual()
                && node.path("cited").isArray();
        List<String> extra = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!f.equals("noDefault") && !f.equals("cited")) {
                extra.add(f);
            }
        });
        if (!policy || !extra.isEmpty()) {
            problems.add(path + " " + where + ": " + what + " is site policy (decision 0008) and has no default here:"
                    + " give {\"noDefault\": \"<why>\", \"cited\": [figures with their citations]}"
                    + (extra.isEmpty() ? "" : "; found " + extra));
        }
    }

    /** Every figure ({@code value} with {@code unit}) names at least one source. */
    private static void checkFiguresCited(JsonNode root, String where, List<String> problems) {
        eachObject(root, where, (at, node) -> {
            if (node.has("value")
                    && node.has("unit")
                    && (!node.path("citations").isArray()
                            || node.path("citations").isEmpty())) {
                problems.add(at + ": a figure without a citation (every dose and figure names its source)");
            }
        });
    }

    /** Every figure's unit is UCUM, wherever it sits. */
    private static void checkUnits(JsonNode root, String where, List<String> problems) {
        eachObject(root, where, (at, node) -> {
            if (node.has("value") && node.path("unit").isTextual()) {
                ContentFiles.checkUnit(at + ".unit", node.path("unit").asText(), problems);
            }
        });
    }

    /** Visits every object of the tree, parents before their fields, each with its JSON path. */
    private static void eachObject(JsonNode node, String where, BiConsumer<String, JsonNode> visit) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachObject(node.get(i), where + "[" + i + "]", visit);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        visit.accept(where, node);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            eachObject(field.getValue(), where + "." + field.getKey(), visit);
        }
    }

    private static void checkDrug(String where, String drug, DrugCatalogue drugs, List<String> problems) {
        if (drugs.find(drug).isEmpty()) {
            problems.add(where + ": " + drug + " is not in the drug catalogue");
        }
    }

    private static void checkRange(String path, String drug, CitedRange range, List<String> problems) {
        if (range.min() == null || range.max() == null) {
            return;
        }
        if (!range.min().measure().isCommensurableWith(range.max().unit())) {
            problems.add(path + " " + drug + " " + range.label() + ": min in "
                    + range.min().unit() + " and max in " + range.max().unit() + " are not the same kind of quantity");
        } else if (range.min().measure().compareQuantity(range.max().measure()) > 0) {
            problems.add(path + " " + drug + " " + range.label() + ": min is above max");
        }
    }

    /** The default observation policy is one of the policies, and the strictest (the longest minimum duration). */
    private static void checkObservation(String path, TrialObservation observation, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (ObservationPolicy p : observation.policies()) {
            if (!ids.add(p.id())) {
                problems.add(path + " $.observation.policies: " + p.id() + " is named twice");
            }
        }
        if (!ids.contains(observation.defaultPolicy())) {
            problems.add(path + " $.observation.defaultPolicy: " + observation.defaultPolicy()
                    + " is not one of the protocol's policies " + ids);
            return;
        }
        ObservationPolicy chosen = observation.byDefault();
        if (chosen.minimumDuration() == null) {
            return;
        }
        for (ObservationPolicy p : observation.policies()) {
            if (p.minimumDuration() != null
                    && p.minimumDuration()
                                    .measure()
                                    .compareQuantity(chosen.minimumDuration().measure())
                            > 0) {
                problems.add(path + " $.observation.defaultPolicy: " + chosen.id() + " is not the strictest policy ("
                        + p.id() + " observes longer); monitoring is stricter by default");
            }
        }
    }

    private static TrialObservation observation(Reader r, JsonNode observation) {
        return new TrialObservation(
                observation.path("defaultPolicy").asText(),
                r.list(
                        "$.observation.policies",
                        observation.path("policies"),
                        (where, p) -> new ObservationPolicy(
                                p.path("id").asText(),
                                p.path("title").asText(),
                                ObservationPolicy.Setting.valueOf(
                                        p.path("setting").asText()), // the schema admits these
                                Optional.ofNullable(p.get("conditions")).map(JsonNode::asText),
                                r.figure(where + ".minimumDuration", p.path("minimumDuration")))));
    }

    private static CitedRange range(Reader r, String where, JsonNode c) {
        return new CitedRange(
                c.path("label").asText(),
                r.figure(where + ".min", c.path("min")),
                r.figure(where + ".max", c.path("max")));
    }

    private static CitedThreshold threshold(Reader r, String where, JsonNode t) {
        return new CitedThreshold(
                t.path("label").asText(),
                CitedThreshold.Comparison.valueOf(t.path("comparison").asText()), // the schema admits these
                r.figure(where + ".figure", t.path("figure")),
                texts(t.path("alsoRequires")),
                CitedThreshold.Use.valueOf(t.path("use").asText()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Optional<JsonNode> tree(String text) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (java.io.IOException e) {
            return Optional.empty(); // the schema step names the file as not valid JSON
        }
    }

    /** Reads the typed parts of one file; problems name the file and the JSON path. */
    private record Reader(String path, Map<String, EvidenceSource> sources, List<String> problems) {

        @FunctionalInterface
        interface Part<T> {
            T read(String where, JsonNode node);
        }

        <T> List<T> list(String where, JsonNode array, Part<T> part) {
            List<T> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(part.read(where + "[" + i + "]", array.get(i)));
            }
            return list;
        }

        <T> SitePolicy<T> policy(String where, JsonNode node, Part<T> part) {
            return new SitePolicy<>(node.path("noDefault").asText(), list(where + ".cited", node.path("cited"), part));
        }

        TrialStatement statement(String where, JsonNode s) {
            return new TrialStatement(
                    s.path("text").asText(),
                    Verification.valueOf(s.path("verification").asText()), // the schema admits only these
                    citations(where + ".citations", s.path("citations")));
        }

        Optional<TrialStatement> optionalStatement(String where, JsonNode s) {
            return Optional.ofNullable(s).map(n -> statement(where, n));
        }

        TrialFigure figure(String where, JsonNode f) {
            return new TrialFigure(
                    new BigDecimal(f.path("value").asText()), // the schema admits only decimals
                    f.path("unit").asText(),
                    Verification.valueOf(f.path("verification").asText()),
                    Optional.ofNullable(f.get("note")).map(JsonNode::asText),
                    citations(where + ".citations", f.path("citations")));
        }

        List<Citation> citations(String where, JsonNode list) {
            List<CitationJson> raw = new ArrayList<>();
            for (JsonNode c : list) {
                raw.add(new CitationJson(
                        text(c, "source"), text(c, "locator"), c.get("grade"), text(c, "verification")));
            }
            return ContentFiles.citations(path + " " + where, raw, sources, problems);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
