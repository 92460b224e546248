package org.idds.cds.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import org.idds.cds.kernel.AssessmentKind;

/**
 * The count of answered assessments ({@code idds_assessments_total}), tagged with the kind and the outcome: a
 * constant of the kind's own outcome enum (a verdict, a referral outcome, a prescription-check status), so the set of
 * series is fixed and every one exists from the start at 0. Counted after the audit row is committed, i.e. once per
 * answer. No assessment id, case reference or principal is ever a tag.
 */
@ApplicationScoped
public class AssessmentMetrics {

    static final String NAME = "idds.assessments";

    private final MeterRegistry registry;

    public AssessmentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The counters of one kind, one per outcome constant, registered now. */
    public <E extends Enum<E>> Outcomes<E> outcomes(AssessmentKind kind, Class<E> outcomes) {
        Map<E, Counter> counters = new EnumMap<>(outcomes);
        for (E outcome : outcomes.getEnumConstants()) {
            counters.put(
                    outcome,
                    Counter.builder(NAME)
                            .description("Assessments answered (audit row committed), by kind and outcome")
                            .tag("kind", kind.name())
                            .tag("outcome", outcome.name())
                            .register(registry));
        }
        return new Outcomes<>(counters);
    }

    /** Counts the answers of one kind. */
    public static final class Outcomes<E extends Enum<E>> {

        private final Map<E, Counter> counters;

        private Outcomes(Map<E, Counter> counters) {
            this.counters = counters;
        }

        public void answered(E outcome) {
            counters.get(outcome).increment();
        }
    }
}
