package org.idds.cds.mdt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.idds.cds.mdt.MdtCaseAnswer.MdtFinding;
import org.idds.cds.mdt.MdtCaseAnswer.MergeKey;
import org.idds.cds.mdt.MdtCaseAnswer.Part;

/**
 * The one findings list of an MDT case: every concern's findings, ordered by severity (critical, warning, info), then
 * concern (in {@link org.idds.cds.kernel.Concern} order), then rule id, each concern's own order kept among equals;
 * ids {@code f1..fn} in that order.
 *
 * <p>Findings of different concerns are one item when they name the same governed statement key, or when they used
 * the same governed figures (the same non-empty set of figure keys): the same knowledge applied to the same patient,
 * said once. Wording is never compared. A finding is never merged with one of its own concern only because they share
 * a key (each concern already says each of its findings once), and a figure shared by findings that used different
 * figure sets (an OME factor used both by a dose check and by a respiratory precaution) is not enough: that is one
 * input to two different judgements.
 */
public final class FindingMerge {

    private FindingMerge() {}

    /** The merged, ordered list, and the id each input finding (by its index in {@code findings}) ended up in. */
    public record Merged(List<MdtFinding> findings, List<String> idOf) {}

    public static Merged of(List<ConcernFinding> findings) {
        int n = findings.size();
        List<Integer> order = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(
                                i -> rank(findings.get(i).origin().severity()))
                        .thenComparing(i -> findings.get(i).origin().concern().ordinal())
                        .thenComparing(i -> findings.get(i).origin().rule())
                        .thenComparingInt(i -> i))
                .toList();
        int[] parent = IntStream.range(0, n).toArray();
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : keys(findings.get(i))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Integer>> mergedOn = new LinkedHashMap<>();
        byKey.forEach((key, members) -> {
            long concerns = members.stream()
                    .map(i -> findings.get(i).origin().concern())
                    .distinct()
                    .count();
            if (concerns > 1) {
                members.forEach(i -> union(parent, members.get(0), i));
                mergedOn.put(key, members);
            }
        });
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : order) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
        }
        List<MdtFinding> items = new ArrayList<>();
        String[] idOf = new String[n];
        for (List<Integer> members : groups.values()) { // in the order of each group's first finding
            String id = "f" + (items.size() + 1);
            members.forEach(i -> idOf[i] = id);
            items.add(item(id, members.stream().map(findings::get).toList(), key(members, mergedOn)));
        }
        return new Merged(List.copyOf(items), List.of(idOf));
    }

    private static MdtFinding item(String id, List<ConcernFinding> parts, Optional<MergeKey> mergedOn) {
        ConcernFinding first = parts.get(0);
        LinkedHashMap<String, ConcernFinding.Figure> figures = new LinkedHashMap<>();
        LinkedHashSet<ConcernFinding.CitationRef> citations = new LinkedHashSet<>();
        for (ConcernFinding part : parts) {
            part.figures().forEach(f -> figures.putIfAbsent(f.key(), f));
            citations.addAll(part.citations());
        }
        List<String> rules =
                parts.stream().map(p -> p.origin().rule()).distinct().toList();
        List<Part> others = parts.subList(1, parts.size()).stream()
                .map(ConcernFinding::origin)
                .toList();
        Part origin = first.origin();
        return new MdtFinding(
                id,
                origin.rule(),
                origin.ruleVersion(),
                origin.concern(),
                origin.topic(),
                origin.severity(),
                origin.summary(),
                parts.stream().flatMap(p -> p.facts().stream()).distinct().toList(),
                List.copyOf(figures.values()),
                List.copyOf(citations),
                parts.stream().anyMatch(ConcernFinding::unverified),
                parts.stream()
                        .flatMap(p -> p.supersededSources().stream())
                        .distinct()
                        .toList(),
                parts.stream()
                        .map(ConcernFinding::statement)
                        .flatMap(Optional::stream)
                        .findFirst(),
                rules,
                mergedOn,
                others.isEmpty() ? Optional.empty() : Optional.of(others));
    }

    private static Optional<MergeKey> key(List<Integer> members, Map<String, List<Integer>> mergedOn) {
        if (members.size() < 2) {
            return Optional.empty();
        }
        Optional<String> statement = Optional.empty();
        Optional<List<String>> figures = Optional.empty();
        for (var entry : mergedOn.entrySet()) {
            if (!members.contains(entry.getValue().get(0))) {
                continue;
            }
            String key = entry.getKey();
            if (key.startsWith(STATEMENT) && statement.isEmpty()) {
                statement = Optional.of(key.substring(STATEMENT.length()));
            } else if (key.startsWith(FIGURES) && figures.isEmpty()) {
                figures = Optional.of(List.of(key.substring(FIGURES.length()).split(SEPARATOR)));
            }
        }
        return Optional.of(new MergeKey(statement, figures));
    }

    private static final String STATEMENT = "statement:";
    private static final String FIGURES = "figures:";
    private static final String SEPARATOR = " ";

    private static List<String> keys(ConcernFinding f) {
        List<String> keys = new ArrayList<>();
        f.statement().ifPresent(s -> keys.add(STATEMENT + s));
        if (!f.figureKeys().isEmpty()) {
            keys.add(FIGURES + String.join(SEPARATOR, f.figureKeys()));
        }
        return keys;
    }

    /** critical, warning, info; anything else last. */
    static int rank(String severity) {
        return switch (severity) {
            case "critical" -> 0;
            case "warning" -> 1;
            case "info" -> 2;
            default -> 3;
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
