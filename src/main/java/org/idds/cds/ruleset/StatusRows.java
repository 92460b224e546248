package org.idds.cds.ruleset;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A status policy as the concerns' outcomes files write one: rows in order, each naming what it waits for (any of some
 * severities, any of some effects) and the status it gives. The first row one of whose triggers is present gives the
 * status; a row that waits for nothing always holds, and the last row must be such a row.
 */
public final class StatusRows {

    private StatusRows() {}

    /**
     * The status of the first of {@code rows} that holds for what is {@code present}; {@code policy} names the policy
     * ({@code status}, {@code planning}) should none hold.
     */
    public static <R, K, S> S first(
            List<R> rows, Function<R, Set<K>> triggers, Function<R, S> status, Set<K> present, String policy) {
        return firstHolding(rows, triggers, present)
                .map(status)
                .orElseThrow(() -> new IllegalStateException("the " + policy + " policy has no row that always holds"));
    }

    /** The first of {@code rows} that holds for what is {@code present}, if one does. */
    public static <R, K> Optional<R> firstHolding(List<R> rows, Function<R, Set<K>> triggers, Set<K> present) {
        return rows.stream().filter(r -> holds(triggers.apply(r), present)).findFirst();
    }

    /** Whether a row waiting for {@code triggers} holds: it waits for nothing, or one of them is {@code present}. */
    public static <K> boolean holds(Set<K> triggers, Set<K> present) {
        return triggers.isEmpty() || triggers.stream().anyMatch(present::contains);
    }

    /** A problem at {@code where} unless the last of {@code rows} always holds (it waits for nothing). */
    public static <R> void checkLastAlwaysHolds(
            String where, List<R> rows, Function<R, Set<?>> triggers, List<String> problems) {
        if (rows.isEmpty() || !triggers.apply(rows.get(rows.size() - 1)).isEmpty()) {
            problems.add(where + ": the last row must always hold (\"when\": {})");
        }
    }
}
