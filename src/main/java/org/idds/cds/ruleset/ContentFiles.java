package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.clinical.Route;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedStatement;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.units.Ucum;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;
import org.idds.cds.ruleset.KnowledgeFiles.Manifest;

/**
 * Reads the ruleset content listed under the manifest's optional keys {@code deviceModels}, {@code trialProtocols}
 * (paths relative to {@code rules/}; the build packages the repository's {@code device-model/} and
 * {@code trial-protocols/} there), {@code outcomes} (concern to file), {@code drugLibrary} (the intrathecal drug
 * library, see {@link DrugLibraries}) and {@code drugAlgorithm} (the drug-selection algorithm of one published
 * edition, whose drugs are drugs of the library, see {@link DrugAlgorithms}). Each device model and trial protocol is
 * checked against its JSON Schema, then across files: every citation resolves in the evidence catalogue, every unit
 * is valid UCUM, the id is the file name, a protocol's default observation policy is one of its policies and its
 * drug is in the drug catalogue. Problems name the file and the JSON path. Outcomes files are kept as text for their
 * concern to check (see {@link ConcernVocabulary#problems}).
 */
final class ContentFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final String STATEMENTS_SCHEMA = "statements.schema.json";

    private ContentFiles() {}

    /** The files these keys list, in manifest order: read for the bundled ruleset and hashed with the rest. */
    static List<String> listed(Manifest manifest) {
        List<String> paths = new ArrayList<>();
        orEmpty(manifest.deviceModels()).stream().filter(p -> p != null).forEach(paths::add);
        orEmpty(manifest.trialProtocols()).stream().filter(p -> p != null).forEach(paths::add);
        if (manifest.outcomes() != null) {
            manifest.outcomes().values().stream().filter(p -> p != null).forEach(paths::add);
        }
        if (manifest.drugLibrary() != null) {
            paths.add(manifest.drugLibrary());
        }
        if (manifest.drugAlgorithm() != null) {
            paths.add(manifest.drugAlgorithm());
        }
        return paths;
    }

    static RulesetContent read(
            RulesetSource source,
            Manifest manifest,
            Map<String, EvidenceSource> sources,
            DrugCatalogue drugs,
            String schemaFolder,
            List<String> problems) {
        Set<String> cited = new TreeSet<>();
        Map<String, GovernedStatement> statements = new LinkedHashMap<>();
        if (manifest.shared().statements() != null) {
            String path = manifest.shared().statements();
            String text = source.file(path).orElseThrow();
            citedSources(text, cited);
            statements = statements(path, text, schemaFolder, sources, problems);
        }
        Listed listed = new Listed(source, schemaFolder, sources, cited, problems);
        List<DeviceModel> devices = listed.read(
                manifest.deviceModels(),
                "deviceModels",
                "device model",
                DeviceModel::id,
                file -> DeviceModels.read(file, drugs));
        List<TrialProtocol> trials = listed.read(
                manifest.trialProtocols(),
                "trialProtocols",
                "trial protocol",
                TrialProtocol::id,
                file -> TrialProtocols.read(file, drugs));
        Map<Concern, ConcernFile> outcomes = new EnumMap<>(Concern.class);
        if (manifest.outcomes() != null) {
            manifest.outcomes().forEach((key, path) -> {
                Optional<Concern> concern = concern(key);
                if (concern.isEmpty()) {
                    problems.add(RulesetSource.MANIFEST + " outcomes: " + key + " is not a concern "
                            + List.of(Concern.values()));
                } else if (blank(path)) {
                    problems.add(RulesetSource.MANIFEST + " outcomes." + key + " names no file");
                } else {
                    outcomes.put(
                            concern.orElseThrow(),
                            new ConcernFile(
                                    concern.orElseThrow(),
                                    path,
                                    source.file(path).orElseThrow()));
                }
            });
        }
        IntrathecalDrugLibrary library = IntrathecalDrugLibrary.EMPTY;
        if (manifest.drugLibrary() != null) {
            library = DrugLibraries.read(listed.file(manifest.drugLibrary()), drugs)
                    .orElse(IntrathecalDrugLibrary.EMPTY);
        }
        Optional<DrugAlgorithm> algorithm = Optional.empty();
        if (manifest.drugAlgorithm() != null) {
            GovernedFile file = listed.file(manifest.drugAlgorithm());
            if (manifest.drugLibrary() == null) {
                problems.add(RulesetSource.MANIFEST + " drugAlgorithm: " + file.path()
                        + " needs a drugLibrary (its options are drugs of the library)");
            } else {
                algorithm = DrugAlgorithms.read(file, library, statements);
            }
        }
        return new RulesetContent(devices, trials, outcomes, cited, library, algorithm, statements);
    }

    /**
     * The governed files a manifest names ({@code deviceModels}, {@code trialProtocols}, {@code drugLibrary},
     * {@code drugAlgorithm}), each read from {@code source} with the sources it cites noted in {@code cited} (even a
     * file refused for another reason, so that its sources are not reported as unused as well).
     */
    private record Listed(
            RulesetSource source,
            String schemaFolder,
            Map<String, EvidenceSource> sources,
            Set<String> cited,
            List<String> problems) {

        /** The file at {@code path}, to be read by its typed loader. */
        GovernedFile file(String path) {
            String text = source.file(path).orElseThrow();
            citedSources(text, cited);
            return new GovernedFile(path, text, schemaFolder, sources, problems);
        }

        /**
         * The records of the files listed under {@code key}, each read by {@code reader} (a file it refuses adds its
         * problems); an id that two of them give is a problem naming the {@code kind}.
         */
        <T> List<T> read(
                List<String> listed,
                String key,
                String kind,
                Function<T, String> id,
                Function<GovernedFile, Optional<T>> reader) {
            List<T> read = new ArrayList<>();
            for (String path : paths(listed, key, problems)) {
                reader.apply(file(path)).ifPresent(read::add);
            }
            unique(read.stream().map(id).toList(), kind, problems);
            return read;
        }
    }

    record StatementJson(String text, List<CitationJson> citations) {}

    /** The governed statements file: its schema, then every citation resolved; problems name the file and the key. */
    private static Map<String, GovernedStatement> statements(
            String path, String text, String schemaFolder, Map<String, EvidenceSource> sources, List<String> problems) {
        Optional<Map<String, StatementJson>> read = KnowledgeSchemas.read(
                schemaFolder + STATEMENTS_SCHEMA,
                path,
                text,
                problems,
                t -> STRICT.readValue(t, new TypeReference<LinkedHashMap<String, StatementJson>>() {}));
        if (read.isEmpty()) {
            return Map.of();
        }
        Map<String, StatementJson> file = read.get();
        Map<String, GovernedStatement> statements = new LinkedHashMap<>();
        file.forEach((key, s) -> statements.put(
                key,
                new GovernedStatement(
                        key,
                        s.text(),
                        citations(path + " $." + key + ".citations", s.citations(), sources, problems))));
        return statements;
    }

    /** The {@code source} of every citation anywhere in a JSON file; nothing if it is not JSON (reported elsewhere). */
    private static void citedSources(String text, Set<String> cited) {
        try {
            JSON.readTree(text)
                    .findValues("citations")
                    .forEach(list -> list.forEach(c -> {
                        if (c.path("source").isTextual()) {
                            cited.add(c.path("source").asText());
                        }
                    }));
        } catch (JsonProcessingException e) {
            // the schema check names the file
        }
    }

    /** A file's {@code id} is its file name without {@code .json}, as the schemas say. */
    static void checkId(String path, String id, List<String> problems) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.equals(id + ".json")) {
            problems.add(path + " $.id: " + id + " is not the file name without .json");
        }
    }

    /**
     * A drug named in device or drug-library data is the drug catalogue's generic name (not a synonym or brand) and
     * has an intrathecal route there.
     */
    static void checkIntrathecalDrug(String where, String name, DrugCatalogue drugs, List<String> problems) {
        Optional<DrugEntry> drug = drugs.find(name == null ? "" : name);
        if (drug.isEmpty() || !drug.get().name().equals(name)) {
            problems.add(where + ": " + name + " is not a generic name in the drug catalogue"
                    + drug.map(d -> " (it is " + d.name() + ")").orElse(""));
        } else if (drug.get().route(Route.INTRATHECAL).isEmpty()) {
            problems.add(where + ": " + name + " has no intrathecal route in the drug catalogue");
        }
    }

    /** A unit code must be valid UCUM (the schema's allow-list is the policy; this is the meaning). */
    static void checkUnit(String where, String code, List<String> problems) {
        Ucum.shared()
                .validate(code)
                .ifPresent(why -> problems.add(where + ": " + code + " is not a UCUM unit: " + why));
    }

    /** Citations whose source is in the evidence catalogue; each one that is not is a problem at {@code where}. */
    static List<Citation> citations(
            String where, List<CitationJson> raw, Map<String, EvidenceSource> sources, List<String> problems) {
        List<Citation> citations = new ArrayList<>();
        List<CitationJson> list = orEmpty(raw);
        for (int i = 0; i < list.size(); i++) {
            CitationJson c = list.get(i);
            String at = where + "[" + i + "]";
            citation(c, at + ".source: ", at + ": ", at + ".grade", sources, problems)
                    .ifPresent(citations::add);
        }
        if (list.isEmpty()) {
            problems.add(where + ": no citation");
        }
        return citations;
    }

    /**
     * One citation resolved in the evidence catalogue, or empty with the problem added: an unknown source is a
     * problem after {@code sourceAt}, a missing locator or verification status one after {@code at}; a grade is read
     * at {@code gradeAt}.
     */
    static Optional<Citation> citation(
            CitationJson c,
            String sourceAt,
            String at,
            String gradeAt,
            Map<String, EvidenceSource> sources,
            List<String> problems) {
        Optional<Verification> verification = verification(c.verification());
        if (c.source() == null || !sources.containsKey(c.source())) {
            problems.add(sourceAt + "cites " + c.source() + ", which is not in the evidence catalogue");
            return Optional.empty();
        }
        if (blank(c.locator()) || verification.isEmpty()) {
            problems.add(at + "cites " + c.source() + " without a locator or verification status");
            return Optional.empty();
        }
        return Optional.of(new Citation(
                c.source(),
                c.locator(),
                EvidenceGrades.read(gradeAt, c.grade(), problems),
                verification.orElseThrow()));
    }

    static Optional<Verification> verification(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Verification.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> paths(List<String> listed, String key, List<String> problems) {
        List<String> paths = new ArrayList<>();
        for (String path : orEmpty(listed)) {
            if (blank(path)) {
                problems.add(RulesetSource.MANIFEST + " " + key + " lists an empty path");
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    private static void unique(List<String> ids, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).forEach(id -> problems.add(what + " " + id + " is listed twice"));
    }

    private static Optional<Concern> concern(String key) {
        try {
            return key == null ? Optional.empty() : Optional.of(Concern.valueOf(key.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
