package org.idds.cds.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;

/**
 * What every concern's audited check does alike (a prescription check, a procedure check, a follow-up check, a trial
 * evaluation): a question {@code C} answered as {@code R} with the active ruleset at {@link AnswerClock}'s instant and
 * recorded in the audit before answering ({@link #check}); the same answer unstored, for a composed answer (the MDT
 * case) or a site-set ruleset ({@link #withoutStoring}); a stored check replayed under the exact ruleset it was made
 * with ({@link #replay}). Each concern says only how it answers ({@link #answer}) and which findings its answer gives.
 */
public abstract class AuditedChecks<C, R extends AuditedAnswer> {

    private final Rulesets rulesets;
    private final AnswerClock clock;
    private final AnswerRecorder.Kind<R, ?> answers;
    private final Concern concern;
    private final Function<R, List<AnswerFinding>> findings;

    /**
     * A concern's checks: recorded by {@code answers}, replayed with the rules of {@code concern}, compared by the
     * {@code findings} of an answer.
     */
    protected AuditedChecks(
            Rulesets rulesets,
            AnswerClock clock,
            AnswerRecorder.Kind<R, ?> answers,
            Concern concern,
            Function<R, List<AnswerFinding>> findings) {
        this.rulesets = rulesets;
        this.clock = clock;
        this.answers = answers;
        this.concern = concern;
        this.findings = findings;
    }

    /** Answers {@code question} with the active ruleset, now, stores the answer, and only then returns it. */
    public Recorded<R> check(C question, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        return answers.record(
                answer(question, rulesets.active(), caseReference, UUID.randomUUID(), clock.now()), request, caller);
    }

    /**
     * The answer to {@code question} under {@code ruleset}, made at {@code at} with the id {@code id}, neither stored
     * nor counted: for a caller that composes it into an answer of its own and stores that (an MDT case, a trial
     * plan). {@link #check} is this plus the audit row.
     */
    public final R withoutStoring(C question, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at) {
        return answer(question, ruleset, caseReference, id, at);
    }

    /**
     * Re-runs a stored check with the ruleset version and content it was made with, at the instant it was made, and
     * gives its outcome and findings (for {@link AssessmentReplays} to compare); {@code parse} reads the stored request
     * back with that ruleset, read as {@code currentSchema}.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, C> parse, String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), concern);
        return AssessmentReplayer.Replayed.of(
                stored,
                currentSchema,
                () -> answer(
                        parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt()),
                findings);
    }

    /** The answer to {@code question} under {@code ruleset}, made at {@code at} with the id {@code id}. */
    protected abstract R answer(C question, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at);
}
