package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.HoldAdvice;
import org.idds.cds.clinical.OmeConversion;
import org.idds.cds.clinical.Route;
import org.idds.cds.clinical.RouteEntry;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.SourceKind;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;
import org.idds.cds.ruleset.KnowledgeFiles.DrugJson;
import org.idds.cds.ruleset.KnowledgeFiles.Manifest;
import org.idds.cds.ruleset.KnowledgeFiles.ParameterJson;
import org.idds.cds.ruleset.KnowledgeFiles.QuantityJson;
import org.idds.cds.ruleset.KnowledgeFiles.RuleJson;

/**
 * Reads a ruleset's files into a {@link Ruleset} and runs the governance checks: every rule has metadata and
 * citations that resolve, every figure has provenance, every source is used, DRL carries no clinical literals and
 * names only parameters that exist and declare that rule. Any failure lists all problems at once.
 */
public final class RulesetLoader {

    /** Classpath folder of the bundled ruleset (the source tree's {@code src/main/resources/rules/}). */
    public static final String BUNDLED_ROOT = "rules/";

    private static final int SUMMARY_MAX = 140;

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final NumericLiteralScanner literals;
    private final Map<Concern, Set<String>> inputsByConcern;
    private final List<ConcernVocabulary> vocabularies;

    /**
     * {@code literals} finds numeric literals in DRL for the "numbers are data" check (the engine's DRL lexer);
     * {@code vocabularies} say which input names each concern's rules may declare.
     */
    public RulesetLoader(NumericLiteralScanner literals, List<ConcernVocabulary> vocabularies) {
        this.literals = literals;
        this.inputsByConcern = vocabularies.stream()
                .collect(Collectors.toUnmodifiableMap(ConcernVocabulary::concern, v -> Set.copyOf(v.inputs())));
        this.vocabularies = List.copyOf(vocabularies);
    }

    /** The bundled ruleset, read from the classpath through its manifest. */
    public RulesetSource bundled() {
        Map<String, String> files = new LinkedHashMap<>();
        String manifestText = classpathText(BUNDLED_ROOT + RulesetSource.MANIFEST);
        files.put(RulesetSource.MANIFEST, manifestText);
        Manifest manifest = read(RulesetSource.MANIFEST, manifestText, Manifest.class);
        for (String path : manifestFiles(manifest)) {
            files.put(path, classpathText(BUNDLED_ROOT + path));
        }
        return new RulesetSource(files);
    }

    public Ruleset load(RulesetSource source) {
        List<String> problems = new ArrayList<>();
        Manifest manifest = read(RulesetSource.MANIFEST, required(source, RulesetSource.MANIFEST), Manifest.class);
        if (blank(manifest.id())
                || blank(manifest.version())
                || manifest.drl() == null
                || blank(manifest.sources())
                || blank(manifest.rules())
                || blank(manifest.parameters())
                || blank(manifest.drugs())) {
            throw new InvalidRulesetException(
                    List.of("ruleset.json needs id, version, drl, sources, rules, parameters and drugs"));
        }
        for (String path : manifestFiles(manifest)) {
            if (source.file(path).isEmpty()) {
                problems.add("manifest lists " + path + " but the ruleset has no such file");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
        Map<String, EvidenceSource> sources = readSources(source, manifest, problems);
        Map<String, RuleMetadata> rules = readRules(source, manifest, sources, problems);
        List<Parameter> parameters = readParameters(source, manifest, sources, rules, problems);
        DrugCatalogue drugs = readDrugs(source, manifest, sources, problems);
        RulesetContent content = ContentFiles.read(source, manifest, sources, drugs, problems);
        List<Ruleset.DrlFile> drl = manifest.drl().stream()
                .map(path -> new Ruleset.DrlFile(
                        path, concernOf(path), source.file(path).orElseThrow()))
                .toList();
        DrlGovernance.check(drl, rules, parameters, literals, problems);
        checkEverySourceIsUsed(sources, rules, parameters, drugs, content, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
        Ruleset ruleset = new Ruleset(
                manifest.id(),
                manifest.version(),
                source.contentHash(),
                drl,
                sources,
                rules,
                parameters,
                drugs,
                content);
        // Each concern checks its own data files (its outcomes file); a problem stops the load naming the file.
        vocabularies.forEach(v -> problems.addAll(v.problems(ruleset)));
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
        return ruleset;
    }

    private static List<String> manifestFiles(Manifest manifest) {
        List<String> paths = new ArrayList<>(manifest.drl());
        paths.addAll(List.of(manifest.sources(), manifest.rules(), manifest.parameters(), manifest.drugs()));
        paths.addAll(ContentFiles.listed(manifest));
        return paths;
    }

    private Map<String, EvidenceSource> readSources(RulesetSource source, Manifest manifest, List<String> problems) {
        var file = read(manifest.sources(), required(source, manifest.sources()), KnowledgeFiles.SourcesFile.class);
        Map<String, EvidenceSource> sources = new LinkedHashMap<>();
        for (var s : listOrEmpty(file.sources(), manifest.sources(), problems)) {
            Optional<SourceKind> kind = parseEnum(SourceKind.class, s.kind());
            if (blank(s.key()) || blank(s.label()) || blank(s.reference()) || kind.isEmpty()) {
                problems.add("source " + s.key() + " needs key, label, reference and a kind "
                        + List.of(SourceKind.values()));
                continue;
            }
            if (sources.put(
                            s.key(),
                            new EvidenceSource(
                                    s.key(),
                                    s.label(),
                                    s.reference(),
                                    Optional.ofNullable(s.doi()),
                                    Optional.ofNullable(s.url()),
                                    kind.orElseThrow()))
                    != null) {
                problems.add("source " + s.key() + " is defined twice");
            }
        }
        return sources;
    }

    private Map<String, RuleMetadata> readRules(
            RulesetSource source, Manifest manifest, Map<String, EvidenceSource> sources, List<String> problems) {
        var file = read(manifest.rules(), required(source, manifest.rules()), KnowledgeFiles.RulesFile.class);
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        for (RuleJson r : listOrEmpty(file.rules(), manifest.rules(), problems)) {
            String where = "rule " + r.id();
            Optional<RuleStatus> status = parseEnum(RuleStatus.class, r.status());
            Optional<Concern> concern = parseEnum(Concern.class, r.concern());
            Optional<Severity> severity = parseEnum(
                    Severity.class, r.severity() == null ? null : r.severity().toUpperCase());
            if (blank(r.id())
                    || blank(r.version())
                    || blank(r.title())
                    || blank(r.summary())
                    || blank(r.detail())
                    || blank(r.topic())
                    || status.isEmpty()
                    || concern.isEmpty()
                    || severity.isEmpty()) {
                problems.add(where + " needs id, version, status, title, concern, topic, severity, summary and detail");
                continue;
            }
            if (r.summary().length() >= SUMMARY_MAX) {
                problems.add(
                        where + " summary is " + r.summary().length() + " characters; it must be under " + SUMMARY_MAX);
            }
            List<Citation> citations = citations(where, r.citations(), sources, problems);
            if (citations.isEmpty()) {
                problems.add(where + " has no citation");
            }
            List<String> inputs = r.inputs() == null ? List.of() : List.copyOf(r.inputs());
            Set<String> known = inputsByConcern.getOrDefault(concern.orElseThrow(), Set.of());
            for (String input : inputs) {
                if (!known.contains(input)) {
                    problems.add(where + " names unknown input " + input);
                }
            }
            RuleMetadata metadata = new RuleMetadata(
                    r.id(),
                    r.version(),
                    status.orElseThrow(),
                    r.title(),
                    concern.orElseThrow(),
                    r.topic(),
                    severity.orElseThrow(),
                    r.summary(),
                    r.detail(),
                    Optional.ofNullable(r.whenNotMet()),
                    inputs,
                    citations);
            if (rules.put(r.id(), metadata) != null) {
                problems.add(where + " is defined twice");
            }
        }
        return rules;
    }

    private List<Parameter> readParameters(
            RulesetSource source,
            Manifest manifest,
            Map<String, EvidenceSource> sources,
            Map<String, RuleMetadata> rules,
            List<String> problems) {
        var file = read(
                manifest.parameters(), required(source, manifest.parameters()), KnowledgeFiles.ParametersFile.class);
        List<Parameter> parameters = new ArrayList<>();
        for (ParameterJson p : listOrEmpty(file.parameters(), manifest.parameters(), problems)) {
            String where = "parameter " + p.key();
            Optional<Unit> unit = Unit.fromUcum(p.unit());
            Optional<Verification> verification = parseEnum(Verification.class, p.verification());
            if (blank(p.key())
                    || p.value() == null
                    || unit.isEmpty()
                    || verification.isEmpty()
                    || blank(p.description())) {
                problems.add(where + " needs key, value, a UCUM unit, description and verification");
                continue;
            }
            List<Citation> citations = citations(where, p.citations(), sources, problems);
            if (citations.isEmpty()) {
                problems.add(where + " has no citation");
            }
            List<String> usedBy = p.usedBy() == null ? List.of() : p.usedBy();
            if (usedBy.isEmpty()) {
                problems.add(where + " is used by no rule");
            }
            usedBy.stream()
                    .filter(id -> !rules.containsKey(id))
                    .forEach(id -> problems.add(where + " names unknown rule " + id));
            parameters.add(new Parameter(
                    p.key(),
                    p.value(),
                    unit.orElseThrow(),
                    p.description(),
                    verification.orElseThrow(),
                    citations,
                    usedBy));
        }
        return parameters;
    }

    private DrugCatalogue readDrugs(
            RulesetSource source, Manifest manifest, Map<String, EvidenceSource> sources, List<String> problems) {
        var file = read(manifest.drugs(), required(source, manifest.drugs()), KnowledgeFiles.DrugsFile.class);
        List<DrugEntry> drugs = new ArrayList<>();
        for (DrugJson d : listOrEmpty(file.drugs(), manifest.drugs(), problems)) {
            String where = "drug " + d.name();
            Optional<DrugClass> drugClass = parseEnum(DrugClass.class, d.drugClass());
            if (blank(d.name())
                    || drugClass.isEmpty()
                    || d.routes() == null
                    || d.routes().isEmpty()) {
                problems.add(where + " needs name, class and at least one route");
                continue;
            }
            List<RouteEntry> routes = new ArrayList<>();
            for (var r : d.routes()) {
                Optional<Route> route = Route.fromCode(r.route());
                List<Unit> units = r.doseUnits() == null
                        ? List.of()
                        : r.doseUnits().stream()
                                .map(Unit::fromUcum)
                                .flatMap(Optional::stream)
                                .toList();
                if (route.isEmpty()
                        || units.isEmpty()
                        || units.size() != r.doseUnits().size()) {
                    problems.add(where + " route " + r.route() + " needs a known route and UCUM dose units");
                    continue;
                }
                Optional<OmeConversion> ome = Optional.empty();
                if (r.ome() != null) {
                    Optional<Unit> per = Unit.fromUcum(r.ome().per());
                    Optional<Verification> verification =
                            parseEnum(Verification.class, r.ome().verification());
                    List<Citation> citations = citations(where + " OME", r.ome().citations(), sources, problems);
                    if (per.isEmpty() || r.ome().factor() == null || verification.isEmpty() || citations.isEmpty()) {
                        problems.add(where + " route " + r.route()
                                + " OME needs per-unit, factor, verification and a citation");
                    } else {
                        ome = Optional.of(new OmeConversion(
                                per.orElseThrow(), r.ome().factor(), verification.orElseThrow(), citations));
                    }
                }
                routes.add(new RouteEntry(route.orElseThrow(), units, ome));
            }
            Optional<HoldAdvice> hold = Optional.empty();
            if (d.hold() != null) {
                var h = d.hold();
                Optional<Quantity> stop = quantity(h.stopBefore());
                Optional<Quantity> restart = quantity(h.restartAfter());
                Optional<Verification> verification = parseEnum(Verification.class, h.verification());
                List<Citation> citations = citations(where + " hold", h.citations(), sources, problems);
                if (stop.isEmpty()
                        || restart.isEmpty()
                        || verification.isEmpty()
                        || citations.isEmpty()
                        || blank(h.policy())) {
                    problems.add(
                            where
                                    + " hold needs stopBefore, restartAfter (UCUM durations), policy, verification and a citation");
                } else {
                    hold = Optional.of(new HoldAdvice(
                            stop.orElseThrow(),
                            restart.orElseThrow(),
                            h.policy(),
                            h.policyNote() == null ? "" : h.policyNote(),
                            verification.orElseThrow(),
                            citations));
                }
            }
            drugs.add(new DrugEntry(d.name(), drugClass.orElseThrow(), routes, hold));
        }
        Set<String> names = drugs.stream().map(DrugEntry::name).collect(Collectors.toSet());
        if (names.size() != drugs.size()) {
            problems.add("the drug catalogue names a drug twice");
            return DrugCatalogue.of(List.copyOf(drugs.stream()
                    .collect(Collectors.toMap(DrugEntry::name, Function.identity(), (a, b) -> a))
                    .values()));
        }
        return DrugCatalogue.of(drugs);
    }

    private static <T> List<T> listOrEmpty(List<T> list, String file, List<String> problems) {
        if (list == null) {
            problems.add(file + " has no entries");
            return List.of();
        }
        return list;
    }

    private static Optional<Quantity> quantity(QuantityJson q) {
        if (q == null || q.value() == null) {
            return Optional.empty();
        }
        return Unit.fromUcum(q.unit()).map(u -> new Quantity(q.value(), u));
    }

    private static List<Citation> citations(
            String where, List<CitationJson> raw, Map<String, EvidenceSource> sources, List<String> problems) {
        List<Citation> citations = new ArrayList<>();
        for (CitationJson c : raw == null ? List.<CitationJson>of() : raw) {
            Optional<Verification> verification = parseEnum(Verification.class, c.verification());
            if (!sources.containsKey(c.source())) {
                problems.add(where + " cites " + c.source() + ", which is not in the evidence catalogue");
            } else if (blank(c.locator()) || verification.isEmpty()) {
                problems.add(where + " cites " + c.source() + " without a locator or verification status");
            } else {
                citations.add(new Citation(
                        c.source(), c.locator(), Optional.ofNullable(c.grade()), verification.orElseThrow()));
            }
        }
        return citations;
    }

    private static void checkEverySourceIsUsed(
            Map<String, EvidenceSource> sources,
            Map<String, RuleMetadata> rules,
            List<Parameter> parameters,
            DrugCatalogue drugs,
            RulesetContent content,
            List<String> problems) {
        Map<String, Boolean> used = new HashMap<>();
        content.citedSources().forEach(k -> used.put(k, true)); // device models, trial protocols
        rules.values().forEach(r -> r.citations().forEach(c -> used.put(c.sourceKey(), true)));
        parameters.forEach(p -> p.citations().forEach(c -> used.put(c.sourceKey(), true)));
        drugs.drugs().values().forEach(d -> {
            d.hold().ifPresent(h -> h.citations().forEach(c -> used.put(c.sourceKey(), true)));
            d.routes().forEach(r -> r.ome().ifPresent(o -> o.citations().forEach(c -> used.put(c.sourceKey(), true))));
        });
        sources.keySet().stream()
                .filter(k -> !used.containsKey(k))
                .forEach(k -> problems.add("source " + k
                        + " is cited by no rule, parameter or drug figure, device model or trial protocol"));
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(RulesetSource source, String path) {
        return source.file(path).orElseThrow(() -> new InvalidRulesetException(List.of("missing file " + path)));
    }

    private static final Map<Class<?>, String> SCHEMA_OF = Map.of(
            KnowledgeFiles.SourcesFile.class, "sources.schema.json",
            KnowledgeFiles.RulesFile.class, "rules.schema.json",
            KnowledgeFiles.ParametersFile.class, "parameters.schema.json",
            KnowledgeFiles.DrugsFile.class, "drugs.schema.json");

    private <T> T read(String path, String text, Class<T> type) {
        if (SCHEMA_OF.containsKey(type)) {
            List<String> schemaProblems = KnowledgeSchemas.problems(SCHEMA_OF.get(type), path, text);
            if (!schemaProblems.isEmpty()) {
                throw new InvalidRulesetException(schemaProblems);
            }
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRulesetException(List.of(path + " is not valid: " + e.getOriginalMessage()));
        }
    }

    private static String classpathText(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRulesetException(
                        List.of("bundled ruleset file not found on the classpath: " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DRL file belongs to the concern named by its first folder ({@code selection/...}). */
    static Concern concernOf(String path) {
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        return parseEnum(Concern.class, folder.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidRulesetException(List.of(path + " is not under a concern folder")));
    }
}
