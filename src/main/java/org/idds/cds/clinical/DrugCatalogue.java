package org.idds.cds.clinical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The drugs a request may name. Entries are keyed by their lower-case generic (INN) name; a request may also name a
 * drug by a synonym or a brand name, in any case ({@link #resolve}). Every name, synonym and brand must be unique
 * across the catalogue (checked at load, {@link #nameClashes}).
 */
public record DrugCatalogue(Map<String, DrugEntry> drugs) {

    /** Names longer than this are not compared for suggestions (bounded cost). */
    private static final int MAX_COMPARED_LENGTH = 40;

    /** At most this many suggestions. */
    private static final int MAX_SUGGESTIONS = 5;

    public DrugCatalogue {
        drugs = Map.copyOf(drugs);
    }

    public static DrugCatalogue of(List<DrugEntry> entries) {
        return new DrugCatalogue(entries.stream().collect(Collectors.toMap(DrugEntry::name, Function.identity())));
    }

    /** A drug by its generic name, a synonym or a brand, in any case. */
    public Optional<DrugEntry> find(String name) {
        return resolve(name).map(Match::drug);
    }

    /** A drug already validated against the catalogue, as {@link #find} finds it; {@link UnknownDrugException} if not. */
    public DrugEntry entry(String name) {
        return find(name).orElseThrow(() -> new UnknownDrugException(name));
    }

    /** What a typed name resolves to: the drug, and the brand when a brand was typed (it may imply the route). */
    public record Match(DrugEntry drug, Optional<DrugEntry.Brand> brand) {}

    public Optional<Match> resolve(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        DrugEntry exact = drugs.get(typed);
        if (exact != null) {
            return Optional.of(new Match(exact, Optional.empty()));
        }
        return Optional.ofNullable(index().get(normalise(typed)));
    }

    /**
     * Catalogue names (generic, synonym or brand, shown as "brand (generic)") closest to what was typed: a shared
     * prefix of at least three letters, or a small edit distance. Bounded: at most {@value #MAX_SUGGESTIONS}.
     */
    public List<String> suggestions(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = normalise(typed);
        if (t.length() > MAX_COMPARED_LENGTH) {
            t = t.substring(0, MAX_COMPARED_LENGTH);
        }
        int allowed = Math.max(1, Math.min(3, t.length() / 3));
        record Scored(String shown, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (var e : names().entrySet()) {
            String name = e.getKey();
            int distance =
                    distance(t, name.length() > MAX_COMPARED_LENGTH ? name.substring(0, MAX_COMPARED_LENGTH) : name);
            boolean prefix = t.length() >= 3 && (name.startsWith(t) || t.startsWith(name));
            if (distance <= allowed || prefix) {
                scored.add(new Scored(e.getValue(), prefix ? Math.min(distance, 1) : distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::shown))
                .map(Scored::shown)
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Names (generic, synonym, brand) that occur more than once in the catalogue, case-insensitively. */
    public static List<String> nameClashes(List<DrugEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        for (DrugEntry d : entries) {
            allNames(d).forEach(n -> seen.merge(normalise(n), 1, Integer::sum));
        }
        return seen.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static List<String> allNames(DrugEntry d) {
        List<String> names = new ArrayList<>();
        names.add(d.name());
        names.addAll(d.synonyms());
        d.brands().forEach(b -> names.add(b.name()));
        return names;
    }

    private Map<String, Match> index() {
        Map<String, Match> index = new HashMap<>();
        for (DrugEntry d : drugs.values()) {
            index.putIfAbsent(normalise(d.name()), new Match(d, Optional.empty()));
            d.synonyms().forEach(s -> index.putIfAbsent(normalise(s), new Match(d, Optional.empty())));
            d.brands().forEach(b -> index.putIfAbsent(normalise(b.name()), new Match(d, Optional.of(b))));
        }
        return index;
    }

    /** Normalised name to how a suggestion shows it. */
    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (DrugEntry d : drugs.values()) {
            names.put(normalise(d.name()), d.name());
            d.synonyms().forEach(s -> names.putIfAbsent(normalise(s), s + " (" + d.name() + ")"));
            d.brands().forEach(b -> names.putIfAbsent(normalise(b.name()), b.name() + " (" + d.name() + ")"));
        }
        return names;
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance, two rows: O(|a| x |b|) on names bounded by {@value #MAX_COMPARED_LENGTH}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
