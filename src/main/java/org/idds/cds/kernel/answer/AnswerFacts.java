package org.idds.cds.kernel.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.idds.cds.kernel.BasisItem;

/**
 * The patient facts of one answer, each once, keyed by its input path, in the order first met; findings and
 * pertinent negatives refer to them by key. Two different values under one path (two medications of one drug by two
 * routes) keep the path for the first and {@code path#2}, {@code path#3}... for the next, so no fact is lost. One
 * instance collects the facts of one answer on one thread, then {@link #asMap()} gives them, unmodifiable.
 */
public final class AnswerFacts {

    private final Map<String, FactValue> facts = new LinkedHashMap<>();

    /** Adds the basis items not yet held and returns their keys, in order, each once. */
    public List<String> keysOf(List<BasisItem> basis) {
        List<String> keys = new ArrayList<>();
        for (BasisItem item : basis) {
            String key = keyOf(item);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    private String keyOf(BasisItem item) {
        FactValue value = new FactValue(
                item.value(),
                item.unit(),
                item.note(),
                item.noteArgs().isEmpty() ? Optional.empty() : Optional.of(item.noteArgs()));
        String key = item.input();
        for (int n = 2; facts.containsKey(key); n++) {
            if (Objects.equals(facts.get(key), value)) {
                return key;
            }
            key = item.input() + "#" + n;
        }
        facts.put(key, value);
        return key;
    }

    /** The value under a key, if held. */
    public Optional<FactValue> get(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    public Map<String, FactValue> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
