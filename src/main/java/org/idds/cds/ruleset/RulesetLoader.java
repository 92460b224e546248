package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idds.cds.clinical.DoseCeiling;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugClass;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.HoldAdvice;
import org.idds.cds.clinical.OmeConversion;
import org.idds.cds.clinical.PharmacologicalClass;
import org.idds.cds.clinical.Route;
import org.idds.cds.clinical.RouteEntry;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedStatement;
import org.idds.cds.kernel.Parameter;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.SourceKind;
import org.idds.cds.kernel.Supersession;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;
import org.idds.cds.ruleset.KnowledgeFiles.DrugJson;
import org.idds.cds.ruleset.KnowledgeFiles.Manifest;
import org.idds.cds.ruleset.KnowledgeFiles.ManifestFormat1;
import org.idds.cds.ruleset.KnowledgeFiles.ParameterJson;
import org.idds.cds.ruleset.KnowledgeFiles.QuantityJson;
import org.idds.cds.ruleset.KnowledgeFiles.RuleJsonFormat1;
import org.idds.cds.ruleset.KnowledgeFiles.RuleText;
import org.idds.cds.ruleset.KnowledgeFiles.RulesFileFormat1;
import org.idds.cds.ruleset.KnowledgeFiles.TopicEntry;
import org.idds.cds.ruleset.KnowledgeFiles.TopicRuleJson;
import org.idds.cds.ruleset.KnowledgeFiles.TopicRulesFile;

/**
 * Reads a ruleset's files into a {@link Ruleset} and runs the governance checks: every rule has metadata and
 * citations that resolve, every figure has provenance, every source is used, DRL carries no clinical literals and
 * names only parameters that exist and declare that rule, and each topic folder holds only its own rules. Any
 * failure lists all problems at once, each naming its file.
 *
 * <p>The manifest ({@code ruleset.json}, format 3; archived rulesets keep format 2 or 1) names the shared catalogues ({@code shared/}) and one entry per
 * rule topic: a folder {@code <concern>/<topic>} with the topic's DRL, its rule metadata ({@code rules.json}) and the
 * parameters only its rules use. It lists every file of the ruleset, and the content hash covers exactly the
 * manifest and those files.
 *
 * <p>Released rulesets stay loadable for replay: each is kept byte for byte under {@code ruleset-archive/<version>/}
 * ({@link #archived(String)}), including the format 1 manifest of rulesets up to 2026.11.0 (one rule catalogue, the
 * old field names), which is read into the same {@link Ruleset} model with its original content hash, its files
 * checked against the frozen format 1 schemas, and its DRL compiled through the {@link DrlRelocations} table.
 */
public final class RulesetLoader {

    /** Classpath folder of the bundled ruleset (the source tree's {@code src/main/resources/rules/}). */
    public static final String BUNDLED_ROOT = "rules/";

    /** Classpath folder of the archived rulesets, one folder per version, listed in {@value #ARCHIVE_INDEX}. */
    public static final String ARCHIVE_ROOT = "ruleset-archive/";

    /** The archived versions, one a line ({@code #} starts a comment). */
    public static final String ARCHIVE_INDEX = ARCHIVE_ROOT + "versions.txt";

    /**
     * Suffix an archived DRL file carries on disk, so that the build-time Drools processor does not compile it; its
     * path in the ruleset (and in the hash) stays {@code .drl}.
     */
    public static final String ARCHIVED_DRL_SUFFIX = ".archived";

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]*");

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
        return fromClasspath(BUNDLED_ROOT, path -> path);
    }

    /**
     * An archived ruleset, read byte for byte from {@code ruleset-archive/<version>/} through its manifest; each DRL
     * file is read from its {@code .drl.archived} name on disk and keeps its {@code .drl} path in the ruleset.
     */
    public RulesetSource archived(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new InvalidRulesetException(List.of("not a ruleset version: " + version));
        }
        String root = ARCHIVE_ROOT + version + "/";
        RulesetSource source = fromClasspath(root, path -> path.endsWith(".drl") ? path + ARCHIVED_DRL_SUFFIX : path);
        String declared = versionOf(source.file(RulesetSource.MANIFEST).orElseThrow());
        if (!version.equals(declared)) {
            throw new InvalidRulesetException(
                    List.of(root + RulesetSource.MANIFEST + " is version " + declared + ", not " + version));
        }
        return source;
    }

    /** The versions kept under {@value #ARCHIVE_ROOT}, as {@value #ARCHIVE_INDEX} lists them. */
    public List<String> archivedVersions() {
        return classpathText(ARCHIVE_INDEX)
                .lines()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /**
     * The manifest and every file it lists, read from a classpath folder; {@code stored} maps a file's path in the
     * ruleset to its name in that folder.
     */
    private RulesetSource fromClasspath(String root, UnaryOperator<String> stored) {
        Map<String, String> files = new LinkedHashMap<>();
        String manifestText = classpathText(root + RulesetSource.MANIFEST);
        files.put(RulesetSource.MANIFEST, manifestText);
        for (String path : listedFiles(manifestText)) {
            files.put(path, classpathText(root + stored.apply(path)));
        }
        return new RulesetSource(files);
    }

    /** Reads and checks a ruleset of either manifest format; every problem found is in the exception. */
    public Ruleset load(RulesetSource source) {
        String manifestText = required(source, RulesetSource.MANIFEST);
        return switch (formatOf(manifestText)) {
            case 1 -> loadFormat1(source, manifestText);
            case 2 -> loadTopics(source, manifestText, Schemas.FORMAT_2);
            case 3 -> loadTopics(source, manifestText, Schemas.FORMAT_3);
            case 4 -> loadTopics(source, manifestText, Schemas.FORMAT_4);
            default -> loadTopics(source, manifestText, Schemas.FORMAT_5);
        };
    }

    /**
     * A format 2, 3, 4 or 5 ruleset: shared catalogues and one folder per topic, its files checked against the schemas
     * of its own format (formats 2, 3 and 4 frozen as released; format 5 the current ones).
     */
    private Ruleset loadTopics(RulesetSource source, String manifestText, Schemas schemas) {
        Manifest manifest = read(RulesetSource.MANIFEST, manifestText, Manifest.class, schemas.manifest());
        List<String> problems = new ArrayList<>();
        checkFilesAreListed(source, manifestFiles(manifest), problems);
        Map<String, EvidenceSource> sources =
                readSources(source, manifest.shared().sources(), schemas, problems);
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        List<TopicGovernance.Topic> topics = new ArrayList<>();
        for (TopicEntry entry : manifest.topics()) {
            topics.add(readTopic(source, entry, schemas, sources, rules, problems));
        }
        Map<String, List<Parameter>> parametersByFile = new LinkedHashMap<>();
        parametersByFile.put(
                manifest.shared().parameters(),
                readParameters(source, manifest.shared().parameters(), schemas, sources, rules, problems));
        for (TopicGovernance.Topic topic : topics) {
            topic.parameters()
                    .ifPresent(path -> parametersByFile.put(
                            path, readParameters(source, path, schemas, sources, rules, problems)));
        }
        List<Parameter> parameters =
                parametersByFile.values().stream().flatMap(List::stream).toList();
        DrugCatalogue drugs = readDrugs(source, manifest.shared().drugs(), schemas, sources, problems);
        RulesetContent content = ContentFiles.read(source, manifest, sources, drugs, schemas.folder(), problems);
        applyStatements(rules, content.statements(), manifest.shared().statements(), problems);
        List<Ruleset.DrlFile> drl = topics.stream()
                .flatMap(topic -> topic.drl().stream()
                        .map(path -> new Ruleset.DrlFile(
                                path, topic.concern(), source.file(path).orElseThrow())))
                .toList();
        TopicGovernance.check(topics, drl, parametersByFile, manifest.shared().parameters(), problems);
        return checked(
                manifest.id(), manifest.version(), source, drl, sources, rules, parameters, drugs, content, problems);
    }

    /**
     * A format 1 ruleset (up to 2026.11.0, kept for replay): one rule catalogue with the old field names
     * ({@code citations}, upper-case {@code status}, {@code concern} and {@code topic} on each rule), its files checked
     * against the frozen format 1 schemas, its DRL compiled through the {@link DrlRelocations#archived()} table.
     */
    private Ruleset loadFormat1(RulesetSource source, String manifestText) {
        ManifestFormat1 manifest =
                read(RulesetSource.MANIFEST, manifestText, ManifestFormat1.class, Schemas.FORMAT_1.manifest());
        List<String> problems = new ArrayList<>();
        checkFilesAreListed(source, manifestFiles(manifest), problems);
        Map<String, EvidenceSource> sources = readSources(source, manifest.sources(), Schemas.FORMAT_1, problems);
        Map<String, RuleMetadata> rules = readRulesFormat1(source, manifest.rules(), sources, problems);
        List<Parameter> parameters =
                readParameters(source, manifest.parameters(), Schemas.FORMAT_1, sources, rules, problems);
        DrugCatalogue drugs = readDrugs(source, manifest.drugs(), Schemas.FORMAT_1, sources, problems);
        List<Ruleset.DrlFile> drl = manifest.drl().stream()
                .map(path -> new Ruleset.DrlFile(
                        path, concernOf(path), source.file(path).orElseThrow(), DrlRelocations.archived()))
                .toList();
        return checked(
                manifest.id(),
                manifest.version(),
                source,
                drl,
                sources,
                rules,
                parameters,
                drugs,
                RulesetContent.NONE,
                problems);
    }

    private Map<String, RuleMetadata> readRulesFormat1(
            RulesetSource source, String path, Map<String, EvidenceSource> sources, List<String> problems) {
        var file = read(path, required(source, path), RulesFileFormat1.class, Schemas.FORMAT_1.rules());
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        for (RuleJsonFormat1 r : listOrEmpty(file.rules(), path, problems)) {
            String where = path + " rule " + r.id();
            Optional<RuleStatus> status = parseEnum(RuleStatus.class, r.status());
            Optional<Concern> concern = parseEnum(Concern.class, r.concern());
            Optional<Severity> severity = severity(r);
            if (status.isEmpty() || concern.isEmpty() || severity.isEmpty()) {
                problems.add(where + " needs a status, a concern and a severity");
                continue;
            }
            checkSummaryAndInputs(where, r.summary(), r.inputs(), concern.orElseThrow(), problems);
            List<Citation> citations = citations(where, r.citations(), sources, problems);
            if (citations.isEmpty()) {
                problems.add(where + " has no citation");
            }
            define(
                    rules,
                    where,
                    metadata(
                            r,
                            status.orElseThrow(),
                            concern.orElseThrow(),
                            r.topic(),
                            severity.orElseThrow(),
                            citations,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                    problems);
        }
        return rules;
    }

    /** The common checks of every ruleset, then the ruleset if there was no problem at all. */
    private Ruleset checked(
            String id,
            String version,
            RulesetSource source,
            List<Ruleset.DrlFile> drl,
            Map<String, EvidenceSource> sources,
            Map<String, RuleMetadata> rules,
            List<Parameter> parameters,
            DrugCatalogue drugs,
            RulesetContent content,
            List<String> problems) {
        Set<String> keys = new HashSet<>();
        parameters.stream()
                .filter(p -> !keys.add(p.key()))
                .forEach(p -> problems.add("parameter " + p.key() + " is defined twice"));
        DrlGovernance.check(drl, rules, parameters, literals, problems);
        checkEverySourceIsUsed(sources, rules, parameters, drugs, content, problems);
        FigureCatalogue figures = FigureCatalogue.of(source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
        Ruleset ruleset = new Ruleset(
                id, version, source.contentHash(), drl, sources, rules, parameters, drugs, content, figures);
        // Each concern checks its own data files (its outcomes file); a problem stops the load naming the file.
        vocabularies.forEach(v -> problems.addAll(v.problems(ruleset)));
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
        return ruleset;
    }

    /**
     * A rule that names a governed statement cites the statement's sources (after its own, each once): the statement
     * is written once with its citations, never copied into the rules. A key that does not resolve is a problem.
     */
    private static void applyStatements(
            Map<String, RuleMetadata> rules,
            Map<String, GovernedStatement> statements,
            String statementsFile,
            List<String> problems) {
        rules.replaceAll((id, r) -> {
            if (r.statement().isEmpty()) {
                return r;
            }
            GovernedStatement statement = statements.get(r.statement().get());
            if (statement == null) {
                problems.add("rule " + id + " names statement " + r.statement().get()
                        + ", which is not a governed statement of "
                        + (statementsFile == null ? "the ruleset (it lists no statements file)" : statementsFile));
                return r;
            }
            List<Citation> citations = new ArrayList<>(r.citations());
            statement.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
            return new RuleMetadata(
                    r.id(),
                    r.version(),
                    r.status(),
                    r.title(),
                    r.concern(),
                    r.topic(),
                    r.severity(),
                    r.summary(),
                    r.detail(),
                    r.whenNotMet(),
                    r.inputs(),
                    List.copyOf(citations),
                    r.approvalDate(),
                    r.lastReviewDate(),
                    r.effectivePeriod(),
                    r.statement());
        });
    }

    /** Every path the manifest lists (besides itself), read before anything else is checked. */
    private List<String> listedFiles(String manifestText) {
        return formatOf(manifestText) == 1
                ? manifestFiles(
                        read(RulesetSource.MANIFEST, manifestText, ManifestFormat1.class, Schemas.FORMAT_1.manifest()))
                : manifestFiles(read(
                        RulesetSource.MANIFEST,
                        manifestText,
                        Manifest.class,
                        Schemas.of(formatOf(manifestText)).manifest()));
    }

    /** The manifest's {@code format}: 1 when absent (rulesets up to 2026.11.0 did not say), else 1, 2, 3, 4 or 5. */
    private int formatOf(String manifestText) {
        JsonNode format;
        try {
            format = json.readTree(manifestText).path("format");
        } catch (JsonProcessingException e) {
            throw new InvalidRulesetException(List.of("ruleset.json is not valid JSON: " + e.getOriginalMessage()));
        }
        if (format.isMissingNode()) {
            return 1;
        }
        if (!format.isInt() || format.intValue() < 1 || format.intValue() > 5) {
            throw new InvalidRulesetException(
                    List.of("ruleset.json format " + format + " is not known (1, 2, 3, 4 or 5)"));
        }
        return format.intValue();
    }

    private String versionOf(String manifestText) {
        try {
            return json.readTree(manifestText).path("version").asText();
        } catch (JsonProcessingException e) {
            throw new InvalidRulesetException(List.of("ruleset.json is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private static List<String> manifestFiles(ManifestFormat1 manifest) {
        List<String> paths = new ArrayList<>(manifest.drl());
        paths.addAll(List.of(manifest.sources(), manifest.rules(), manifest.parameters(), manifest.drugs()));
        return paths;
    }

    private static List<String> manifestFiles(Manifest manifest) {
        List<String> paths = new ArrayList<>(List.of(
                manifest.shared().sources(),
                manifest.shared().drugs(),
                manifest.shared().parameters()));
        if (manifest.shared().statements() != null) {
            paths.add(manifest.shared().statements());
        }
        if (manifest.shared().figures() != null) {
            paths.add(manifest.shared().figures());
        }
        for (TopicEntry topic : manifest.topics()) {
            topic.drl().forEach(drl -> paths.add(topic.path() + "/" + drl));
            paths.add(topic.path() + "/" + topic.rules());
            if (topic.parameters() != null) {
                paths.add(topic.path() + "/" + topic.parameters());
            }
        }
        paths.addAll(ContentFiles.listed(manifest));
        return paths;
    }

    /**
     * The ruleset holds exactly the manifest and the files it lists, once each: a missing file is refused, and so is
     * a file the manifest does not list (the content hash would cover it while nothing reads it).
     */
    private static void checkFilesAreListed(RulesetSource source, List<String> listed, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String path : listed) {
            if (!seen.add(path)) {
                problems.add("ruleset.json lists " + path + " twice");
            } else if (source.file(path).isEmpty()) {
                problems.add("ruleset.json lists " + path + " but the ruleset has no such file");
            }
        }
        source.files().keySet().stream()
                .filter(path -> !path.equals(RulesetSource.MANIFEST) && !seen.contains(path))
                .sorted()
                .forEach(path -> problems.add(path + " is not listed in ruleset.json"));
        if (!problems.isEmpty()) {
            throw new InvalidRulesetException(problems);
        }
    }

    /** One topic folder: its rules file read into {@code rules}, and where its DRL and parameters are. */
    private TopicGovernance.Topic readTopic(
            RulesetSource source,
            TopicEntry entry,
            Schemas schemas,
            Map<String, EvidenceSource> sources,
            Map<String, RuleMetadata> rules,
            List<String> problems) {
        String path = entry.path() + "/" + entry.rules();
        TopicRulesFile file = read(path, required(source, path), TopicRulesFile.class, schemas.rules());
        Concern concern = Concern.valueOf(file.concern()); // the schema admits only known concerns
        List<String> ids = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (TopicRuleJson r : file.rules()) {
            String where = path + " rule " + r.id();
            Optional<RuleStatus> status = RuleStatus.fromFhirCode(r.status());
            Optional<Severity> severity = severity(r);
            List<Citation> citations = citations(
                    where,
                    r.relatedArtifact() == null
                            ? List.of()
                            : r.relatedArtifact().stream()
                                    .map(KnowledgeFiles.RelatedArtifactJson::citation)
                                    .toList(),
                    sources,
                    problems);
            if (citations.isEmpty() && r.statement() == null) {
                problems.add(where + " has no citation");
            }
            if (status.isEmpty() || severity.isEmpty()) {
                problems.add(where + " needs a status (draft, active, retired) and a severity");
                continue;
            }
            checkSummaryAndInputs(where, r.summary(), r.inputs(), concern, problems);
            Optional<LocalDate> start = Optional.ofNullable(r.effectivePeriod())
                    .flatMap(p -> date(where + " effectivePeriod.start", p.start(), problems));
            Optional<LocalDate> end = Optional.ofNullable(r.effectivePeriod())
                    .flatMap(p -> date(where + " effectivePeriod.end", p.end(), problems));
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                problems.add(where + " effectivePeriod ends before it starts");
            }
            RuleMetadata metadata = metadata(
                    r,
                    status.orElseThrow(),
                    concern,
                    file.topic(),
                    severity.orElseThrow(),
                    citations,
                    date(where + " approvalDate", r.approvalDate(), problems),
                    date(where + " lastReviewDate", r.lastReviewDate(), problems),
                    start.map(s -> new RuleMetadata.EffectivePeriod(s, end)),
                    Optional.ofNullable(r.statement()));
            ids.add(r.id());
            if (status.orElseThrow() == RuleStatus.RETIRED) {
                retired.add(r.id());
            }
            define(rules, where, metadata, problems);
        }
        return new TopicGovernance.Topic(
                entry.path(),
                path,
                concern,
                file.topic(),
                file.idPrefix(),
                ids,
                retired,
                entry.drl().stream().map(drl -> entry.path() + "/" + drl).toList(),
                Optional.ofNullable(entry.parameters()).map(p -> entry.path() + "/" + p));
    }

    private void checkSummaryAndInputs(
            String where, String summary, List<String> inputs, Concern concern, List<String> problems) {
        if (summary.length() >= SUMMARY_MAX) {
            problems.add(where + " summary is " + summary.length() + " characters; it must be under " + SUMMARY_MAX);
        }
        Set<String> known = inputsByConcern.getOrDefault(concern, Set.of());
        for (String input : inputs == null ? List.<String>of() : inputs) {
            if (!known.contains(input)) {
                problems.add(where + " names unknown input " + input);
            }
        }
    }

    private static Optional<LocalDate> date(String where, String text, List<String> problems) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(where + " " + text + " is not an ISO date");
            return Optional.empty();
        }
    }

    private Map<String, EvidenceSource> readSources(
            RulesetSource source, String path, Schemas schemas, List<String> problems) {
        var file = read(path, required(source, path), KnowledgeFiles.SourcesFile.class, schemas.sources());
        Map<String, EvidenceSource> sources = new LinkedHashMap<>();
        for (var s : listOrEmpty(file.sources(), path, problems)) {
            Optional<SourceKind> kind = parseEnum(SourceKind.class, s.kind());
            if (blank(s.key()) || blank(s.label()) || blank(s.reference()) || kind.isEmpty()) {
                problems.add("source " + s.key() + " needs key, label, reference and a kind "
                        + List.of(SourceKind.values()));
                continue;
            }
            Optional<Supersession> supersededBy = Optional.ofNullable(s.supersededBy())
                    .map(by -> new Supersession(by.sources() == null ? List.of() : by.sources(), by.note()));
            if (sources.put(
                            s.key(),
                            new EvidenceSource(
                                    s.key(),
                                    s.label(),
                                    s.reference(),
                                    Optional.ofNullable(s.doi()),
                                    Optional.ofNullable(s.url()),
                                    kind.orElseThrow(),
                                    supersededBy))
                    != null) {
                problems.add("source " + s.key() + " is defined twice");
            }
        }
        checkSupersession(path, sources, problems);
        return sources;
    }

    /**
     * A source marked superseded names newer editions that are in the catalogue, other than itself, and no chain of
     * "superseded by" leads back to where it started.
     */
    private static void checkSupersession(String path, Map<String, EvidenceSource> sources, List<String> problems) {
        for (EvidenceSource source : sources.values()) {
            Optional<Supersession> by = source.supersededBy();
            if (by.isEmpty()) {
                continue;
            }
            String where = path + " source " + source.key() + " supersededBy";
            if (by.get().sources().isEmpty() || blank(by.get().note())) {
                problems.add(where + " needs at least one newer source and a note");
            }
            for (String newer : by.get().sources()) {
                if (newer.equals(source.key())) {
                    problems.add(where + " names the source itself");
                } else if (!sources.containsKey(newer)) {
                    problems.add(where + " names " + newer + ", which is not in the evidence catalogue");
                }
            }
            if (supersessionLoops(source.key(), sources)) {
                problems.add(where + ": the chain of newer editions leads back to " + source.key());
            }
        }
    }

    private static boolean supersessionLoops(String start, Map<String, EvidenceSource> sources) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(List.of(start));
        while (!next.isEmpty()) {
            String key = next.remove(next.size() - 1);
            for (String newer : Optional.ofNullable(sources.get(key))
                    .flatMap(EvidenceSource::supersededBy)
                    .map(Supersession::sources)
                    .orElse(List.of())) {
                if (newer.equals(start) && !key.equals(start)) {
                    return true;
                }
                if (seen.add(newer)) {
                    next.add(newer);
                }
            }
        }
        return false;
    }

    private List<Parameter> readParameters(
            RulesetSource source,
            String path,
            Schemas schemas,
            Map<String, EvidenceSource> sources,
            Map<String, RuleMetadata> rules,
            List<String> problems) {
        var file = read(path, required(source, path), KnowledgeFiles.ParametersFile.class, schemas.parameters());
        List<Parameter> parameters = new ArrayList<>();
        for (ParameterJson p : file.parameters() == null ? List.<ParameterJson>of() : file.parameters()) {
            String where = "parameter " + p.key();
            Optional<Unit> unit = Unit.fromUcum(p.unit());
            Optional<Verification> verification = parseEnum(Verification.class, p.verification());
            if (blank(p.key()) || unit.isEmpty() || verification.isEmpty() || blank(p.description())) {
                problems.add(where + " needs key, value, a UCUM unit, description and verification");
                continue;
            }
            if ((p.value() == null) == blank(p.noDefault())) {
                problems.add(where
                        + (p.value() == null
                                ? " needs a value, or noDefault saying why a site must set it"
                                : " has a value and noDefault: give one or the other"));
                continue;
            }
            if (p.shippedDefault() != null && p.value() == null) {
                problems.add(where + " is marked a shipped default but ships without a value");
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
                    Optional.ofNullable(p.value()),
                    unit.orElseThrow(),
                    p.description(),
                    verification.orElseThrow(),
                    citations,
                    usedBy,
                    Optional.ofNullable(p.noDefault()).filter(text -> !blank(text)),
                    Optional.ofNullable(p.shippedDefault()).filter(text -> !blank(text))));
        }
        return parameters;
    }

    private DrugCatalogue readDrugs(
            RulesetSource source,
            String path,
            Schemas schemas,
            Map<String, EvidenceSource> sources,
            List<String> problems) {
        var file = read(path, required(source, path), KnowledgeFiles.DrugsFile.class, schemas.drugs());
        List<DrugEntry> drugs = new ArrayList<>();
        for (DrugJson d : listOrEmpty(file.drugs(), path, problems)) {
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
                Optional<OmeConversion> ome = omeConversion(where, r.route(), "OME", r.ome(), sources, problems);
                Optional<OmeConversion> alternative =
                        omeConversion(where, r.route(), "alternativeOme", r.alternativeOme(), sources, problems);
                if (r.alternativeOme() != null
                        && (r.ome() == null
                                || blank(r.ome().label())
                                || blank(r.alternativeOme().label())
                                || !java.util.Objects.equals(
                                        r.ome().per(), r.alternativeOme().per()))) {
                    problems.add(where + " route " + r.route()
                            + " alternativeOme needs an ome beside it, a label on both, and the same per-unit");
                }
                Optional<HoldAdvice> routeHold = hold(where + " route " + r.route(), r.hold(), sources, problems);
                Optional<DoseCeiling> ceiling = Optional.empty();
                if (r.ceiling() != null) {
                    var c = r.ceiling();
                    Optional<Quantity> daily = quantity(c.dailyDose());
                    Optional<Verification> verification = parseEnum(Verification.class, c.verification());
                    List<Citation> citations =
                            citations(where + " route " + r.route() + " ceiling", c.citations(), sources, problems);
                    if (daily.isEmpty()
                            || daily.orElseThrow().unit().dimension() != Dimension.MASS_PER_TIME
                            || verification.isEmpty()
                            || citations.isEmpty()
                            || blank(c.why())) {
                        problems.add(
                                where + " route " + r.route()
                                        + " ceiling needs a daily dose (a UCUM mass per time), why, verification and a citation");
                    } else {
                        ceiling = Optional.of(
                                new DoseCeiling(daily.orElseThrow(), c.why(), verification.orElseThrow(), citations));
                    }
                }
                routes.add(new RouteEntry(route.orElseThrow(), units, ome, alternative, routeHold, ceiling));
            }
            Optional<HoldAdvice> hold = hold(where, d.hold(), sources, problems);
            List<DrugEntry.Brand> brands = new ArrayList<>();
            for (var b : d.brands() == null ? List.<KnowledgeFiles.BrandJson>of() : d.brands()) {
                List<Route> brandRoutes = new ArrayList<>();
                for (String code : b.routes() == null ? List.<String>of() : b.routes()) {
                    Optional<Route> r = Route.fromCode(code);
                    boolean ofDrug = r.isPresent() && d.routes().stream().anyMatch(x -> code.equals(x.route()));
                    if (!ofDrug) {
                        problems.add(where + " brand " + b.name() + " names route " + code
                                + " that is not a route of the drug");
                    } else {
                        brandRoutes.add(r.orElseThrow());
                    }
                }
                if (blank(b.name())) {
                    problems.add(where + " has a brand without a name");
                } else {
                    brands.add(new DrugEntry.Brand(b.name(), brandRoutes));
                }
            }
            Set<PharmacologicalClass> classes = new java.util.LinkedHashSet<>();
            for (String code : d.classes() == null ? List.<String>of() : d.classes()) {
                Optional<PharmacologicalClass> c = parseEnum(PharmacologicalClass.class, code);
                if (c.isEmpty() || !classes.add(c.orElseThrow())) {
                    problems.add(where + " names class " + code + " that is unknown or given twice");
                }
            }
            drugs.add(new DrugEntry(
                    d.name(),
                    drugClass.orElseThrow(),
                    routes,
                    hold,
                    d.synonyms() == null ? List.of() : d.synonyms(),
                    brands,
                    classes));
        }
        Set<String> names = drugs.stream().map(DrugEntry::name).collect(Collectors.toSet());
        List<String> clashes = DrugCatalogue.nameClashes(drugs);
        if (!clashes.isEmpty() && names.size() == drugs.size()) {
            problems.add("the drug catalogue uses a name, synonym or brand twice: " + clashes);
        }
        if (names.size() != drugs.size()) {
            problems.add("the drug catalogue names a drug twice");
            return DrugCatalogue.of(List.copyOf(drugs.stream()
                    .collect(Collectors.toMap(DrugEntry::name, Function.identity(), (a, b) -> a))
                    .values()));
        }
        return DrugCatalogue.of(drugs);
    }

    private Optional<HoldAdvice> hold(
            String where, KnowledgeFiles.HoldJson h, Map<String, EvidenceSource> sources, List<String> problems) {
        Optional<HoldAdvice> hold = Optional.empty();
        if (h != null) {
            Optional<Quantity> stop = quantity(h.stopBefore());
            Optional<Quantity> restart = quantity(h.restartAfter());
            Optional<Verification> verification = parseEnum(Verification.class, h.verification());
            List<Citation> citations = citations(where + " hold", h.citations(), sources, problems);
            if (stop.isEmpty()
                    || restart.isEmpty()
                    || verification.isEmpty()
                    || citations.isEmpty()
                    || blank(h.policy())) {
                problems.add(where
                        + " hold needs stopBefore, restartAfter (UCUM durations), policy, verification and a citation");
            } else {
                Optional<HoldAdvice.CoagulationTest> test = Optional.ofNullable(h.normalBeforeProcedure())
                        .flatMap(t -> parseEnum(HoldAdvice.CoagulationTest.class, t));
                if (h.normalBeforeProcedure() != null && test.isEmpty()) {
                    problems.add(where + " hold normalBeforeProcedure must be INR or APTT");
                }
                hold = Optional.of(new HoldAdvice(
                        stop.orElseThrow(),
                        restart.orElseThrow(),
                        h.policy(),
                        h.policyNote() == null ? "" : h.policyNote(),
                        verification.orElseThrow(),
                        citations,
                        test,
                        renalHold(where, h.renal(), sources, problems)));
            }
        }
        return hold;
    }

    private Optional<HoldAdvice.RenalHold> renalHold(
            String where, KnowledgeFiles.RenalHoldJson r, Map<String, EvidenceSource> sources, List<String> problems) {
        if (r == null) {
            return Optional.empty();
        }
        Optional<Quantity> below = quantity(r.creatinineClearanceBelow());
        Optional<Quantity> stop = quantity(r.stopBefore());
        Optional<Verification> verification = parseEnum(Verification.class, r.verification());
        List<Citation> citations = citations(where + " renal hold", r.citations(), sources, problems);
        if (below.isEmpty()
                || below.get().unit() != Unit.ML_PER_MINUTE
                || stop.isEmpty()
                || stop.get().unit().dimension() != Dimension.TIME
                || verification.isEmpty()
                || citations.isEmpty()
                || blank(r.note())) {
            problems.add(where + " renal hold needs creatinineClearanceBelow (mL/min), stopBefore (a UCUM duration),"
                    + " note, verification and a citation");
            return Optional.empty();
        }
        return Optional.of(new HoldAdvice.RenalHold(
                below.orElseThrow(), stop.orElseThrow(), r.note(), verification.orElseThrow(), citations));
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
            ContentFiles.citation(c, where + " ", where + " ", where + " cites " + c.source(), sources, problems)
                    .ifPresent(citations::add);
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
        content.citedSources().forEach(k -> used.put(k, true)); // device models, trial protocols, drug library
        rules.values().forEach(r -> r.citations().forEach(c -> used.put(c.sourceKey(), true)));
        parameters.forEach(p -> p.citations().forEach(c -> used.put(c.sourceKey(), true)));
        drugs.drugs().values().forEach(d -> {
            d.hold().ifPresent(h -> h.citations().forEach(c -> used.put(c.sourceKey(), true)));
            d.hold()
                    .flatMap(HoldAdvice::renal)
                    .ifPresent(r -> r.citations().forEach(c -> used.put(c.sourceKey(), true)));
            d.routes().forEach(r -> r.ome().ifPresent(o -> o.citations().forEach(c -> used.put(c.sourceKey(), true))));
            d.routes()
                    .forEach(r -> r.alternativeOme()
                            .ifPresent(o -> o.citations().forEach(c -> used.put(c.sourceKey(), true))));
            d.routes().forEach(r -> r.hold().ifPresent(h -> h.citations().forEach(c -> used.put(c.sourceKey(), true))));
            d.routes()
                    .forEach(r ->
                            r.ceiling().ifPresent(x -> x.citations().forEach(c -> used.put(c.sourceKey(), true))));
        });
        sources.keySet().stream()
                .filter(k -> !used.containsKey(k))
                .forEach(
                        k -> problems.add(
                                "source " + k
                                        + " is cited by no rule, parameter or drug figure, device model, trial protocol or drug library entry"));
    }

    /** A rule's severity as both rule file formats write it (any case). */
    private static Optional<Severity> severity(RuleText r) {
        return parseEnum(
                Severity.class, r.severity() == null ? null : r.severity().toUpperCase(Locale.ROOT));
    }

    /** A rule's metadata: its identity and text as both formats write them, the rest as its format gives it. */
    private static RuleMetadata metadata(
            RuleText r,
            RuleStatus status,
            Concern concern,
            String topic,
            Severity severity,
            List<Citation> citations,
            Optional<LocalDate> approvalDate,
            Optional<LocalDate> lastReviewDate,
            Optional<RuleMetadata.EffectivePeriod> effectivePeriod,
            Optional<String> statement) {
        return new RuleMetadata(
                r.id(),
                r.version(),
                status,
                r.title(),
                concern,
                topic,
                severity,
                r.summary(),
                r.detail(),
                Optional.ofNullable(r.whenNotMet()),
                r.inputs() == null ? List.of() : List.copyOf(r.inputs()),
                citations,
                approvalDate,
                lastReviewDate,
                effectivePeriod,
                statement);
    }

    /** Adds a rule to the catalogue; a rule id defined twice is a problem at {@code where}. */
    private static void define(
            Map<String, RuleMetadata> rules, String where, RuleMetadata metadata, List<String> problems) {
        if (rules.put(metadata.id(), metadata) != null) {
            problems.add(where + " is defined twice");
        }
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

    /** The JSON Schemas (under {@code rules/schemas/}) that one manifest format's files are checked against. */
    private record Schemas(
            String manifest, String rules, String sources, String parameters, String drugs, String folder) {
        static final Schemas FORMAT_5 = new Schemas(
                "manifest.schema.json",
                "rules.schema.json",
                "sources.schema.json",
                "parameters.schema.json",
                "drugs.schema.json",
                "");

        /**
         * Frozen copies of the schemas ruleset 2026.12.5 was written against (see schemas/format-4/README.md).
         */
        static final Schemas FORMAT_4 = new Schemas(
                "format-4/manifest.schema.json",
                "format-4/rules.schema.json",
                "format-4/sources.schema.json",
                "format-4/parameters.schema.json",
                "format-4/drugs.schema.json",
                "format-4/");

        /**
         * Frozen copies of the schemas rulesets 2026.12.1 to 2026.12.4 were written against (see
         * schemas/format-3/README.md).
         */
        static final Schemas FORMAT_3 = new Schemas(
                "format-3/manifest.schema.json",
                "format-3/rules.schema.json",
                "format-3/sources.schema.json",
                "format-3/parameters.schema.json",
                "format-3/drugs.schema.json",
                "format-3/");

        /** Frozen copies of the schemas ruleset 2026.12.0 was written against (see schemas/format-2/README.md). */
        static final Schemas FORMAT_2 = new Schemas(
                "format-2/manifest.schema.json",
                "format-2/rules.schema.json",
                "format-2/sources.schema.json",
                "format-2/parameters.schema.json",
                "format-2/drugs.schema.json",
                "format-2/");

        /** Frozen copies of the schemas format 1 files were written against (see schemas/format-1/README.md). */
        static final Schemas FORMAT_1 = new Schemas(
                "format-1/manifest.schema.json",
                "format-1/rules.schema.json",
                "format-1/sources.schema.json",
                "format-1/parameters.schema.json",
                "format-1/drugs.schema.json",
                "format-1/");

        /** The schemas of a topic-folder manifest format (2, 3, 4 or 5). */
        static Schemas of(int format) {
            return switch (format) {
                case 2 -> FORMAT_2;
                case 3 -> FORMAT_3;
                case 4 -> FORMAT_4;
                default -> FORMAT_5;
            };
        }
    }

    /** Checks {@code text} against its JSON Schema, then reads it strictly (unknown properties refused). */
    private <T> T read(String path, String text, Class<T> type, String schema) {
        List<String> schemaProblems = KnowledgeSchemas.problems(schema, path, text);
        if (!schemaProblems.isEmpty()) {
            throw new InvalidRulesetException(schemaProblems);
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
                throw new InvalidRulesetException(List.of("ruleset file not found on the classpath: " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DRL file belongs to the concern named by its first folder ({@code selection/...}). */
    static Concern concernOf(String path) {
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        return parseEnum(Concern.class, folder.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidRulesetException(List.of(path + " is not under a concern folder")));
    }

    private static Optional<OmeConversion> omeConversion(
            String where,
            String route,
            String what,
            KnowledgeFiles.OmeJson json,
            Map<String, EvidenceSource> sources,
            List<String> problems) {
        if (json == null) {
            return Optional.empty();
        }
        Optional<Unit> per = Unit.fromUcum(json.per());
        Optional<Verification> verification = parseEnum(Verification.class, json.verification());
        List<Citation> citations = citations(where + " " + what, json.citations(), sources, problems);
        if (per.isEmpty() || json.factor() == null || verification.isEmpty() || citations.isEmpty()) {
            problems.add(
                    where + " route " + route + " " + what + " needs per-unit, factor, verification and a citation");
            return Optional.empty();
        }
        return Optional.of(new OmeConversion(
                per.orElseThrow(),
                json.factor(),
                verification.orElseThrow(),
                citations,
                Optional.ofNullable(json.label())));
    }
}
