package org.idds.cds.safety;

import java.util.List;

/**
 * The respiratory-risk inputs the request left out: each, if given, could raise the monitoring. A finding of the
 * respiratory topic that matches this fact lists them as the inputs it asks for ({@code inputs} in the answer).
 */
public record RespiratoryInputsNotGiven(List<String> inputs) {

    public RespiratoryInputsNotGiven {
        inputs = List.copyOf(inputs);
    }

    /** The inputs not given, if a rule matched this fact among {@code matchedFacts}; otherwise none. */
    public static List<String> of(List<Object> matchedFacts) {
        return matchedFacts.stream()
                .filter(RespiratoryInputsNotGiven.class::isInstance)
                .map(RespiratoryInputsNotGiven.class::cast)
                .findFirst()
                .map(RespiratoryInputsNotGiven::inputs)
                .orElse(List.of());
    }
}
