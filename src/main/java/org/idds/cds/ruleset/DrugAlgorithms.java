package org.idds.cds.ruleset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.clinical.DrugAlgorithm.Axis;
import org.idds.cds.clinical.DrugAlgorithm.AxisValue;
import org.idds.cds.clinical.DrugAlgorithm.Condition;
import org.idds.cds.clinical.DrugAlgorithm.Contraindication;
import org.idds.cds.clinical.DrugAlgorithm.Line;
import org.idds.cds.clinical.DrugAlgorithm.Option;
import org.idds.cds.clinical.DrugAlgorithm.Track;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.GovernedStatement;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * Reads the drug-selection algorithm of one published edition (the manifest's {@code drugAlgorithm}, e.g.
 * {@code dosing/pacc-2017-algorithm.json}): its schema first (a line without a citation, an unknown key or a
 * verification outside the list stops the load naming the file and the JSON path), then the cross-file checks: the
 * id is the file name; the edition's source and every citation resolve in the evidence catalogue; every line cites
 * the edition's source (a line of another edition is refused); axis names and values are declared once; every track
 * names one declared value of every declared axis and nothing else, and every combination of values has exactly one
 * track (so no axis of another edition creeps in); lines are numbered 1, 2, 3... in order; every drug of an option
 * or a contraindication is a drug of the intrathecal drug library; no drug twice in an option, no option twice in a
 * line, no drug and condition twice among the contraindications (an answer names a reason by them).
 */
final class DrugAlgorithms {

    static final String SCHEMA = "drug-algorithm.schema.json";

    private DrugAlgorithms() {}

    record AlgorithmJson(
            String id,
            String edition,
            String source,
            String description,
            List<AxisJson> axes,
            List<TrackJson> tracks,
            List<ContraindicationJson> contraindications) {}

    record AxisJson(String name, String label, List<AxisValueJson> values, List<CitationJson> citations) {}

    record AxisValueJson(String value, String label) {}

    record TrackJson(Map<String, String> position, List<LineJson> lines, String missing) {}

    record LineJson(
            Integer line, List<OptionJson> options, String verification, String note, List<CitationJson> citations) {}

    record OptionJson(List<String> drugs) {}

    record ContraindicationJson(
            String drug,
            String condition,
            String whenPresent,
            String whileUnknown,
            String statement,
            List<CitationJson> citations) {}

    /** The algorithm, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<DrugAlgorithm> read(
            GovernedFile file, IntrathecalDrugLibrary library, Map<String, GovernedStatement> statements) {
        return file.typed(SCHEMA, AlgorithmJson.class)
                .flatMap(algorithm -> algorithm(file, algorithm, library, statements));
    }

    private static Optional<DrugAlgorithm> algorithm(
            GovernedFile algorithm,
            AlgorithmJson file,
            IntrathecalDrugLibrary library,
            Map<String, GovernedStatement> statements) {
        String path = algorithm.path();
        Map<String, EvidenceSource> sources = algorithm.sources();
        List<String> problems = algorithm.problems();
        int before = algorithm.mark();
        ContentFiles.checkId(path, file.id(), problems);
        if (!sources.containsKey(file.source())) {
            problems.add(path + " $.source: " + file.source() + " is not in the evidence catalogue");
        }
        List<Axis> axes = axes(path, file.axes(), sources, problems);
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < file.tracks().size(); i++) {
            track(path + " $.tracks[" + i + "]", file.tracks().get(i), file.source(), axes, sources, library, problems)
                    .ifPresent(tracks::add);
        }
        checkEveryCombinationOnce(path, axes, file.tracks(), problems);
        List<Contraindication> contraindications = new ArrayList<>();
        Set<String> drugAndCondition = new HashSet<>();
        for (int i = 0; i < file.contraindications().size(); i++) {
            ContraindicationJson c = file.contraindications().get(i);
            String where = path + " $.contraindications[" + i + "]";
            int start = problems.size();
            checkLibraryDrug(where + ".drug", c.drug(), library, problems);
            // an answer's reason names its contraindication by drug and condition (its wording is read by them)
            if (!drugAndCondition.add(c.drug() + " " + c.condition())) {
                problems.add(where + ": " + c.drug() + " with " + c.condition() + " is named twice");
            }
            // The schema admits a statement or the contraindication's own citations (rulesets before statements).
            List<Citation> citations = List.of();
            if (c.statement() != null) {
                GovernedStatement statement = statements.get(c.statement());
                if (statement == null) {
                    problems.add(
                            where + ".statement: " + c.statement() + " is not a governed statement of the ruleset");
                } else {
                    citations = statement.citations();
                }
            } else {
                citations = ContentFiles.citations(where + ".citations", c.citations(), sources, problems);
            }
            if (problems.size() == start) {
                contraindications.add(new Contraindication(
                        c.drug(),
                        Condition.valueOf(c.condition()), // the schema admits only the conditions
                        c.whenPresent(),
                        c.whileUnknown(),
                        citations,
                        Optional.ofNullable(c.statement())));
            }
        }
        return algorithm.kept(
                before,
                () -> new DrugAlgorithm(
                        file.id(), file.edition(), file.source(), file.description(), axes, tracks, contraindications));
    }

    private static List<Axis> axes(
            String path, List<AxisJson> raw, Map<String, EvidenceSource> sources, List<String> problems) {
        List<Axis> axes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            AxisJson a = raw.get(i);
            String where = path + " $.axes[" + i + "]";
            if (!names.add(a.name())) {
                problems.add(where + ".name: " + a.name() + " is declared twice");
            }
            Set<String> values = new HashSet<>();
            for (int v = 0; v < a.values().size(); v++) {
                String value = a.values().get(v).value();
                if (!values.add(value)) {
                    problems.add(where + ".values[" + v + "].value: " + value + " is declared twice");
                }
            }
            List<Citation> citations = ContentFiles.citations(where + ".citations", a.citations(), sources, problems);
            axes.add(new Axis(
                    a.name(),
                    a.label(),
                    a.values().stream()
                            .map(v -> new AxisValue(v.value(), v.label()))
                            .toList(),
                    citations));
        }
        return axes;
    }

    private static Optional<Track> track(
            String where,
            TrackJson t,
            String edition,
            List<Axis> axes,
            Map<String, EvidenceSource> sources,
            IntrathecalDrugLibrary library,
            List<String> problems) {
        int before = problems.size();
        for (Axis axis : axes) {
            String value = t.position().get(axis.name());
            if (value == null) {
                problems.add(where + ".position: names no value of the axis " + axis.name());
            } else if (axis.value(value).isEmpty()) {
                problems.add(where + ".position." + axis.name() + ": " + value + " is not a declared value of the axis "
                        + axis.name() + " "
                        + axis.values().stream().map(AxisValue::value).toList());
            }
        }
        t.position().keySet().stream()
                .filter(name -> axes.stream().noneMatch(a -> a.name().equals(name)))
                .forEach(name ->
                        problems.add(where + ".position." + name + ": " + name + " is not an axis of this edition "
                                + axes.stream().map(Axis::name).toList()));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < t.lines().size(); i++) {
            LineJson l = t.lines().get(i);
            String at = where + ".lines[" + i + "]";
            if (l.line() != i + 1) {
                problems.add(at + ".line: " + l.line() + " is out of order; lines are numbered 1, 2, 3... (expected "
                        + (i + 1) + ")");
            }
            line(at, l, edition, sources, library, problems).ifPresent(lines::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Track(new LinkedHashMap<>(t.position()), lines, Optional.ofNullable(t.missing())));
    }

    private static Optional<Line> line(
            String where,
            LineJson l,
            String edition,
            Map<String, EvidenceSource> sources,
            IntrathecalDrugLibrary library,
            List<String> problems) {
        int before = problems.size();
        List<Option> options = new ArrayList<>();
        for (int o = 0; o < l.options().size(); o++) {
            List<String> drugs = l.options().get(o).drugs();
            for (int d = 0; d < drugs.size(); d++) {
                checkLibraryDrug(where + ".options[" + o + "].drugs[" + d + "]", drugs.get(d), library, problems);
            }
            Set<String> set = Set.copyOf(drugs); // the schema refuses a drug twice in one option
            if (options.stream().anyMatch(other -> Set.copyOf(other.drugs()).equals(set))) {
                problems.add(where + ".options[" + o + "]: " + String.join(" + ", drugs) + " is listed twice");
            }
            options.add(new Option(drugs));
        }
        List<Citation> citations = ContentFiles.citations(where + ".citations", l.citations(), sources, problems);
        if (citations.stream().noneMatch(c -> c.sourceKey().equals(edition))) {
            problems.add(where + ".citations: cites no " + edition
                    + " (every line cites the edition's own source; lines of other editions are not mixed in)");
        }
        Optional<Verification> verification = ContentFiles.verification(l.verification());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Line(l.line(), options, verification.orElseThrow(), l.note(), citations));
    }

    /** Every combination of the declared axis values has exactly one track. */
    private static void checkEveryCombinationOnce(
            String path, List<Axis> axes, List<TrackJson> tracks, List<String> problems) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(Map.of());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (AxisValue value : axis.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(axis.name(), value.value());
                    next.add(combination);
                }
            }
            combinations = next;
        }
        for (Map<String, String> combination : combinations) {
            long count = tracks.stream()
                    .filter(t -> t.position().equals(combination))
                    .count();
            if (count == 0) {
                problems.add(path + " $.tracks: no track for " + combination
                        + " (a combination the sources do not give has a track with no lines and a missing note)");
            } else if (count > 1) {
                problems.add(path + " $.tracks: " + combination + " has " + count + " tracks");
            }
        }
    }

    /** A drug named by the algorithm must be in the intrathecal drug library (hence an intrathecal catalogue drug). */
    private static void checkLibraryDrug(
            String where, String name, IntrathecalDrugLibrary library, List<String> problems) {
        if (library.find(name).isEmpty()) {
            problems.add(where + ": " + name + " is not a drug of the intrathecal drug library");
        }
    }
}
