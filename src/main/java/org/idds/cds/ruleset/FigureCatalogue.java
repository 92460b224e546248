package org.idds.cds.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Every governed figure a finding can carry, by key, read from the ruleset's files: the parameters (each entry as
 * written, its description included) and the figures the data files hold (OME factors, dose ceilings and peri-implant
 * holds in the drug catalogue; limits, starts, titration and refill limits, ratios and stabilities in the drug
 * library; reservoir, alarm, flow range and labelled strengths in the device models). The description of a figure of
 * a data file is ruleset text: a template in the figures file ({@code shared/figures.json}, keyed by the figure-key
 * pattern, e.g. {@code hold.{drug}.stopBefore}), filled from the key and the entry's own fields. Java only knows where
 * each family of figures lives in its file; the key patterns and the wording are the ruleset's.
 *
 * <p>Template syntax: {@code {name}} is a variable of the key or a field of the entry (dotted for a nested field, an
 * array joined with " + "), {@code {name|lower}} in lower case, {@code {name|lower-kebab}} lower case with '-' for
 * '_'; a part in {@code [...]} is left out when a variable in it is absent or empty.
 *
 * <p>A ruleset that does not list a figures file (archived before 2026.12.3) is described by the templates of
 * {@value #LEGACY}, the wording Java wrote then, so its figures still resolve by key.
 */
public final class FigureCatalogue {

    /** The templates for rulesets without a figures file of their own. */
    static final String LEGACY = "org/idds/cds/ruleset/legacy-figures.json";

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)(?:\\|([a-z-]+))?}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

    /**
     * One figure: its key, its description and its entry as served ({@code GET /rulesets/{hash}/figures/{key}}): a
     * parameter's entry as written in its file; for a figure of a data file its key, description, value, unit,
     * verification and citations as written (and its {@code sitePolicy}, where a site chooses the figure), and
     * {@code file} and {@code pointer} (RFC 6901) to the entry.
     */
    public record Figure(String key, String description, JsonNode entry) {}

    private final Map<String, Figure> figures;

    private FigureCatalogue(Map<String, Figure> figures) {
        this.figures = Collections.unmodifiableMap(figures);
    }

    public static final FigureCatalogue EMPTY = new FigureCatalogue(new LinkedHashMap<>());

    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** The figure's description (ruleset text); empty for a key the ruleset does not hold. */
    public Optional<String> description(String key) {
        return figure(key).map(Figure::description);
    }

    public Set<String> keys() {
        return figures.keySet();
    }

    /**
     * The catalogue of one ruleset, read from its files without checking them otherwise. {@code problems} receives
     * what is wrong with the ruleset's own figures file (a family without a template, a variable no entry has, a key
     * twice); the legacy templates of an archived ruleset are taken as they are.
     */
    /**
     * The figures file's schema for the ruleset's manifest format: the frozen copy for format 3 (rulesets 2026.12.3
     * and 2026.12.4, schemas/format-3/) and for format 4 (2026.12.5, schemas/format-4/), the current one otherwise.
     */
    private static String figuresSchema(RulesetSource source) {
        int format = RulesetFiles.tree(source, RulesetSource.MANIFEST)
                .map(m -> m.path("format").asInt(0))
                .orElse(0);
        return switch (format) {
            case 3 -> "format-3/figures.schema.json";
            case 4 -> "format-4/figures.schema.json";
            default -> "figures.schema.json";
        };
    }

    static FigureCatalogue of(RulesetSource source, List<String> problems) {
        RulesetFiles files = RulesetFiles.of(source);
        List<String> ignored = new ArrayList<>();
        Map<String, String> templates;
        List<String> reported;
        if (files.figures().isPresent()) {
            String path = files.figures().orElseThrow();
            List<String> schema = KnowledgeSchemas.problems(
                    figuresSchema(source), path, source.file(path).orElse(""));
            problems.addAll(schema);
            templates = templates(RulesetFiles.tree(source, path).orElse(JsonNodeFactory.instance.objectNode()));
            reported = schema.isEmpty() ? problems : ignored;
        } else {
            templates = templates(legacy());
            reported = ignored;
        }
        Builder builder = new Builder(templates, reported);
        files.parameters().forEach(path -> builder.parameters(source, path));
        files.drugs().ifPresent(path -> builder.drugs(source, path));
        files.drugLibrary().ifPresent(path -> builder.library(source, path));
        files.deviceModels().forEach(path -> builder.device(source, path));
        return new FigureCatalogue(builder.figures);
    }

    private static Map<String, String> templates(JsonNode file) {
        Map<String, String> templates = new LinkedHashMap<>();
        file.path("figures")
                .forEach(f -> templates.put(
                        f.path("pattern").asText(), f.path("description").asText()));
        return templates;
    }

    private static JsonNode legacy() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LEGACY)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + LEGACY);
            }
            return RulesetFiles.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the data files family by family; each family names its key pattern, its value and its entry. */
    private static final class Builder {
        private final Map<String, String> templates;
        private final List<String> problems;
        private final Map<String, Figure> figures = new LinkedHashMap<>();

        Builder(Map<String, String> templates, List<String> problems) {
            this.templates = templates;
            this.problems = problems;
        }

        void parameters(RulesetSource source, String path) {
            JsonNode file = RulesetFiles.tree(source, path).orElse(JsonNodeFactory.instance.objectNode());
            for (JsonNode p : file.path("parameters")) {
                put(
                        path,
                        new Figure(p.path("key").asText(), p.path("description").asText(), p));
            }
        }

        void drugs(RulesetSource source, String path) {
            JsonNode drugs = RulesetFiles.tree(source, path)
                    .orElse(JsonNodeFactory.instance.objectNode())
                    .path("drugs");
            for (int i = 0; i < drugs.size(); i++) {
                JsonNode d = drugs.get(i);
                String at = "/drugs/" + i;
                Map<String, String> drug = Map.of("drug", d.path("name").asText());
                JsonNode routes = d.path("routes");
                for (int j = 0; j < routes.size(); j++) {
                    JsonNode r = routes.get(j);
                    String rat = at + "/routes/" + j;
                    Map<String, String> vars =
                            with(drug, "route", r.path("route").asText());
                    figureOf("ome-factor.{drug}.{route}", vars, path, rat, r, "ome", "factor");
                    figureOf("ome-factor.{drug}.{route}.alternative", vars, path, rat, r, "alternativeOme", "factor");
                    figureOf("dose-ceiling.{drug}.{route}", vars, path, rat, r, "ceiling", "dailyDose");
                    hold("hold.{drug}.{route}.", vars, path, rat + "/hold", r.path("hold"));
                }
                hold("hold.{drug}.", drug, path, at + "/hold", d.path("hold"));
            }
        }

        /** A peri-implant hold: the drug's, or a route's own (heparin IV and SC differ), keyed with the route. */
        private void hold(String prefix, Map<String, String> vars, String path, String at, JsonNode hold) {
            if (!hold.isObject()) {
                return;
            }
            add(prefix + "stopBefore", vars, path, at, hold.path("stopBefore"), hold);
            add(prefix + "restartAfter", vars, path, at, hold.path("restartAfter"), hold);
            JsonNode renal = hold.path("renal");
            if (renal.isObject()) {
                add(
                        prefix + "renal.creatinineClearanceBelow",
                        vars,
                        path,
                        at + "/renal",
                        renal.path("creatinineClearanceBelow"),
                        renal,
                        hold);
                add(prefix + "renal.stopBefore", vars, path, at + "/renal", renal.path("stopBefore"), renal, hold);
            }
        }

        void library(RulesetSource source, String path) {
            JsonNode file = RulesetFiles.tree(source, path).orElse(JsonNodeFactory.instance.objectNode());
            JsonNode drugs = file.path("drugs");
            for (int i = 0; i < drugs.size(); i++) {
                JsonNode d = drugs.get(i);
                String at = "/drugs/" + i;
                Map<String, String> drug = Map.of("drug", d.path("name").asText());
                for (String limit : List.of("maxConcentration", "maxDailyDose", "implausibleDailyDose")) {
                    if (d.has(limit)) {
                        add("library.{drug}." + limit, drug, path, at + "/" + limit, d.path(limit), d.path(limit));
                    }
                }
                // An intrathecal medication the catalogue gives no ceiling for meets the library's plausibility
                // ceiling, shown under the catalogue's key for the route (as the selection concern checks it).
                if (d.has("implausibleDailyDose")
                        && !figures.containsKey("dose-ceiling." + drug.get("drug") + ".intrathecal")) {
                    add(
                            "dose-ceiling.{drug}.intrathecal",
                            drug,
                            path,
                            at + "/implausibleDailyDose",
                            d.path("implausibleDailyDose"),
                            d.path("implausibleDailyDose"));
                }
                rangeEnds(drug, path, at, d, "startingDailyDose");
                keyedEntries(
                        "library.{drug}.labelStartingDailyDose.{opioidStatus}",
                        drug,
                        path,
                        at,
                        d,
                        "labelStartingDailyDose",
                        "opioidStatus",
                        "max");
                JsonNode titration = d.path("titration");
                for (int k = 0; k < titration.size(); k++) {
                    JsonNode t = titration.get(k);
                    for (String what : List.of("maxIncrease", "minInterval")) {
                        if (t.has(what)) {
                            add(
                                    "library.{drug}.titration[{index}]." + what,
                                    with(drug, "index", Integer.toString(k)),
                                    path,
                                    at + "/titration/" + k,
                                    t.path(what),
                                    t);
                        }
                    }
                }
                keyedEntries(
                        "library.{drug}.refillInterval.{condition}",
                        drug,
                        path,
                        at,
                        d,
                        "refillIntervals",
                        "condition",
                        "maxInterval");
                rangeEnds(drug, path, at, d, "intrathecalMorphineRatio");
            }
            JsonNode admixtures = file.path("admixtures");
            for (int k = 0; k < admixtures.size(); k++) {
                JsonNode a = admixtures.get(k);
                String mixture = String.join(
                        "+",
                        StreamSupport.stream(a.path("components").spliterator(), false)
                                .map(JsonNode::asText)
                                .toList());
                add(
                        "library.stability.{mixture}",
                        Map.of("mixture", mixture),
                        path,
                        "/admixtures/" + k,
                        a.path("studiedDuration"),
                        a);
            }
        }

        void device(RulesetSource source, String path) {
            JsonNode d = RulesetFiles.tree(source, path).orElse(JsonNodeFactory.instance.objectNode());
            Map<String, String> device = Map.of("device", d.path("id").asText());
            for (String figure :
                    List.of("reservoirVolume", "lowReservoirAlarmDefault", "flowAccuracy", "nonAspirableVolume")) {
                if (d.path(figure).isObject()) {
                    add("device.{device}." + figure, device, path, "/" + figure, d.path(figure), d.path(figure));
                }
            }
            for (String end : List.of("min", "max")) {
                JsonNode f = d.path("flowRate").path(end);
                if (f.isObject()) {
                    add("device.{device}.flowRate." + end, device, path, "/flowRate/" + end, f, f);
                }
            }
            JsonNode refillVolume = d.path("refillDate").path("volume");
            if (refillVolume.isObject()) {
                add("device.{device}.refillDateVolume", device, path, "/refillDate/volume", refillVolume, refillVolume);
            }
            JsonNode mri = d.path("mri");
            for (String figure : List.of("fieldStrength", "spatialGradientMax")) {
                if (mri.path(figure).isObject()) {
                    add(
                            "device.{device}.mri." + figure,
                            device,
                            path,
                            "/mri/" + figure,
                            mri.path(figure),
                            mri.path(figure));
                }
            }
            for (String phase : List.of("beforeScan", "duringScan", "afterScan")) {
                JsonNode steps = mri.path(phase);
                for (int k = 0; k < steps.size(); k++) {
                    JsonNode step = steps.get(k);
                    if (step.path("volume").isObject()) {
                        add(
                                "device.{device}.mri.{action}.volume",
                                with(
                                        device,
                                        "action",
                                        step.path("action")
                                                .asText()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-')),
                                path,
                                "/mri/" + phase + "/" + k + "/volume",
                                step.path("volume"),
                                step.path("volume"),
                                step);
                    }
                }
            }
            JsonNode labelled = d.path("labelledDrugs");
            for (int k = 0; k < labelled.size(); k++) {
                JsonNode l = labelled.get(k);
                if (l.path("maxConcentration").isObject()) {
                    add(
                            "device.{device}.labelling.{drug}.maxConcentration",
                            with(device, "drug", l.path("drug").asText()),
                            path,
                            "/labelledDrugs/" + k + "/maxConcentration",
                            l.path("maxConcentration"),
                            l.path("maxConcentration"));
                }
            }
        }

        /**
         * One figure of a data file: {@code quantity} is its value (an object with value and unit, or a bare
         * value), {@code context} the entry holding its verification and citations first, then any enclosing entry
         * the description may read from.
         */
        private void add(
                String pattern,
                Map<String, String> vars,
                String file,
                String pointer,
                JsonNode quantity,
                JsonNode... context) {
            String key = substitute(pattern, vars);
            String template = templates.get(pattern);
            if (template == null) {
                problems.add("the figures file has no description for " + pattern + " (" + key + ", " + file + ")");
                return;
            }
            Optional<String> description = render(template, vars, List.of(context));
            if (description.isEmpty()) {
                problems.add("the figures file's description of " + pattern + " names a field " + key
                        + " does not have (" + file + " " + pointer + ")");
                return;
            }
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.put("key", key);
            entry.put("description", description.orElseThrow());
            if (quantity.isValueNode()) {
                entry.set("value", quantity);
            } else {
                entry.set("value", quantity.path("value"));
                if (quantity.has("unit")) {
                    entry.set("unit", quantity.path("unit"));
                }
            }
            entry.set("verification", context[0].path("verification"));
            if (context[0].path("label").isTextual()) { // the short name of the practice a factor comes from
                entry.set("label", context[0].path("label"));
            }
            entry.set("citations", context[0].path("citations"));
            if (context[0].has("sitePolicy")) { // the choices a site makes for this figure, as written
                entry.set("sitePolicy", context[0].path("sitePolicy"));
            }
            entry.put("file", file);
            entry.put("pointer", pointer);
            put(file, new Figure(key, description.orElseThrow(), entry));
        }

        private void put(String file, Figure figure) {
            if (figures.putIfAbsent(figure.key(), figure) != null) {
                problems.add("figure " + figure.key() + " is defined twice (" + file + ")");
            }
        }

        /** The figure {@code figure} of the object {@code field} of {@code node}, where the node has that object. */
        private void figureOf(
                String pattern,
                Map<String, String> vars,
                String path,
                String at,
                JsonNode node,
                String field,
                String figure) {
            if (node.has(field)) {
                add(pattern, vars, path, at + "/" + field, node.path(field).path(figure), node.path(field));
            }
        }

        /** Both ends ({@code low}, {@code high}) of a drug's range {@code field}, where the drug gives it. */
        private void rangeEnds(Map<String, String> drug, String path, String at, JsonNode d, String field) {
            JsonNode range = d.path(field);
            if (range.isObject()) {
                for (String end : List.of("low", "high")) {
                    add("library.{drug}." + field + "." + end, drug, path, at + "/" + field, range.path(end), range);
                }
            }
        }

        /**
         * The figure {@code figure} of each entry of a drug's list {@code field}, the entry named in {@code pattern} by
         * its own field {@code key}.
         */
        private void keyedEntries(
                String pattern,
                Map<String, String> drug,
                String path,
                String at,
                JsonNode d,
                String field,
                String key,
                String figure) {
            JsonNode entries = d.path(field);
            for (int k = 0; k < entries.size(); k++) {
                JsonNode e = entries.get(k);
                add(
                        pattern,
                        with(drug, key, e.path(key).asText()),
                        path,
                        at + "/" + field + "/" + k,
                        e.path(figure),
                        e);
            }
        }

        private static Map<String, String> with(Map<String, String> vars, String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(vars);
            copy.put(name, value);
            return copy;
        }
    }

    private static String substitute(String pattern, Map<String, String> vars) {
        String key = pattern;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            key = key.replace("{" + v.getKey() + "}", v.getValue());
        }
        return key;
    }

    /** The template filled in; empty when a variable outside an optional part has no value. */
    static Optional<String> render(String template, Map<String, String> vars, List<JsonNode> context) {
        StringBuilder out = new StringBuilder();
        Matcher optional = OPTIONAL.matcher(template);
        int last = 0;
        while (optional.find()) {
            Optional<String> before = fill(template.substring(last, optional.start()), vars, context);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            out.append(before.orElseThrow());
            fill(optional.group(1), vars, context).ifPresent(out::append);
            last = optional.end();
        }
        Optional<String> rest = fill(template.substring(last), vars, context);
        return rest.map(r -> out.append(r).toString());
    }

    private static Optional<String> fill(String text, Map<String, String> vars, List<JsonNode> context) {
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(text);
        int last = 0;
        while (m.find()) {
            Optional<String> value = value(m.group(1), vars, context).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String v = value.orElseThrow();
            if ("lower".equals(m.group(2))) {
                v = v.toLowerCase(java.util.Locale.ROOT);
            } else if ("lower-kebab".equals(m.group(2))) {
                v = v.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
            out.append(text, last, m.start()).append(v);
            last = m.end();
        }
        return Optional.of(out.append(text.substring(last)).toString());
    }

    private static Optional<String> value(String name, Map<String, String> vars, List<JsonNode> context) {
        if (vars.containsKey(name)) {
            return Optional.of(vars.get(name));
        }
        for (JsonNode node : context) {
            JsonNode found = node;
            for (String part : name.split("\\.")) {
                found = found.path(part);
            }
            if (found.isValueNode()) {
                return Optional.of(found.asText());
            }
            if (found.isArray()) {
                return Optional.of(String.join(
                        " + ",
                        StreamSupport.stream(found.spliterator(), false)
                                .map(JsonNode::asText)
                                .toList()));
            }
        }
        return Optional.empty();
    }
}
