package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One calculation shown with its working: what it is, the formula in words, the inputs with where each came from
 * (the prescription, the device model, the drug library, a site parameter), and the result in its unit, rounded for
 * display only ({@code exact} is kept when the rounded figure differs).
 */
public record Step(
        String id,
        String what,
        String formula,
        List<Term> inputs,
        BigDecimal result,
        String unit,
        Optional<String> exact) {

    public Step {
        inputs = List.copyOf(inputs);
    }

    /** An input of a step: its name, value, unit and provenance. */
    public record Term(String name, BigDecimal value, String unit, String from) {}
}
