package org.idds.cds.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.jboss.logging.Logger;

/**
 * The last step every concern's service takes with an answer made now: stored durably first
 * ({@link AssessmentStore#record(ObjectMapper, AuditedAnswer, ReceivedRequest, Caller)}), then counted by its outcome
 * ({@link AssessmentMetrics}), then a DEBUG line with its id, outcome and ruleset version (never the case reference or
 * patient facts), and returned with the very bytes stored. One {@link Kind} per kind of answer a service makes.
 */
@ApplicationScoped
public class AnswerRecorder {

    private final AssessmentStore store;
    private final ObjectMapper json;
    private final AssessmentMetrics metrics;

    public AnswerRecorder(AssessmentStore store, ObjectMapper json, AssessmentMetrics metrics) {
        this.store = store;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * The recorder of one kind of answer, its counters registered now (at 0): {@code outcome} reads the constant of
     * {@code outcomes} an answer is counted by; {@code log} and {@code name} ("follow-up check") make its DEBUG line.
     */
    public <A extends AuditedAnswer, O extends Enum<O>> Kind<A, O> kind(
            AssessmentKind kind, Class<O> outcomes, Function<A, O> outcome, Logger log, String name) {
        return new Kind<>(metrics.outcomes(kind, outcomes), outcome, log, name);
    }

    /** Records the answers of one kind. */
    public final class Kind<A extends AuditedAnswer, O extends Enum<O>> {

        private final AssessmentMetrics.Outcomes<O> counted;
        private final Function<A, O> outcome;
        private final Logger log;
        private final String name;

        private Kind(AssessmentMetrics.Outcomes<O> counted, Function<A, O> outcome, Logger log, String name) {
            this.counted = counted;
            this.outcome = outcome;
            this.log = log;
            this.name = name;
        }

        /** Stores {@code answer} with the request as received and the caller, counts it, and gives it back stored. */
        public Recorded<A> record(A answer, ReceivedRequest request, Caller caller) {
            Recorded<A> recorded = store.record(json, answer, request, caller);
            O answered = outcome.apply(answer);
            counted.answered(answered);
            log.debugf(
                    "%s %s: %s (ruleset %s)",
                    name, answer.assessmentId(), answered, answer.ruleset().version());
            return recorded;
        }
    }
}
