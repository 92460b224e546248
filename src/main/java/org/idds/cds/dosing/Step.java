package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One calculation shown with its working, by key: its id, the key of its texts ({@code text}, when the id alone does
 * not name them: a variant such as {@code daysToAlarm.noAlarm}, or a key that carries the drug), the inputs each by
 * term key with its value and where it came from, and the result in its unit, rounded for display only ({@code exact}
 * is kept when the rounded figure differs). What it is, its formula in words and each input's name are ruleset text
 * (the {@code calculations} and {@code terms} of dosing's outcomes file, see {@link CalculationTexts}), expanded by the
 * full view. {@code parts}: the pieces of a formula composed from what applied (the label refill limits that apply).
 */
public record Step(
        String id,
        Optional<String> text,
        Optional<List<Part>> parts,
        List<Term> inputs,
        BigDecimal result,
        String unit,
        Optional<String> exact) {

    public Step {
        inputs = List.copyOf(inputs);
        parts = parts.map(List::copyOf);
    }

    /**
     * An input of a step: its term key, value and unit, and where it came from ({@code from}, a key of the outcomes
     * file's {@code inputFrom}: prescription, calculated, carriedOver, deviceModel, drugLibrary, site ...); a governed
     * figure's value names the {@code figure} key and whether it is {@code verified}.
     */
    public record Term(
            String term,
            BigDecimal value,
            String unit,
            String from,
            Optional<String> figure,
            Optional<Boolean> verified) {

        public Term(String term, BigDecimal value, String unit, String from) {
            this(term, value, unit, from, Optional.empty(), Optional.empty());
        }
    }

    /**
     * A piece of a composed text, by key ({@code parts} of the outcomes file), with the computed quantities its text
     * shows.
     */
    public record Part(String text, Optional<Shown> interval, Optional<Shown> concentration) {

        public Part(String text) {
            this(text, Optional.empty(), Optional.empty());
        }
    }

    /** A quantity as shown: its rounded value and its unit. */
    public record Shown(BigDecimal value, String unit) {}
}
