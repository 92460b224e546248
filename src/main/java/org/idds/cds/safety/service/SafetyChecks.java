package org.idds.cds.safety.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.idds.cds.audit.AnswerRecorder;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.Caller;
import org.idds.cds.audit.ReceivedRequest;
import org.idds.cds.audit.Recorded;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.engine.RuleEngine;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.ruleset.Rulesets;

/**
 * What safety's two checks (a procedure check, a follow-up check) do alike: a check {@code C} answered as {@code R}
 * with the active ruleset at {@link ProcedureCheckClock}'s instant and recorded in the audit before answering; the
 * same check unstored for a composed answer; a stored check replayed under the exact ruleset it was made with. Each
 * check says only how it evaluates ({@link #evaluate}) and which findings its answer gives ({@link #findings}).
 */
abstract class SafetyChecks<C, R extends AuditedAnswer> {

    private final Rulesets rulesets;
    private final ProcedureCheckClock clock;
    private final AnswerRecorder.Kind<R, ?> answers;

    /** The rule engine each check evaluates with. */
    protected final RuleEngine engine;

    SafetyChecks(Rulesets rulesets, RuleEngine engine, ProcedureCheckClock clock, AnswerRecorder.Kind<R, ?> answers) {
        this.rulesets = rulesets;
        this.engine = engine;
        this.clock = clock;
        this.answers = answers;
    }

    public Recorded<R> check(C check, Optional<String> caseReference, ReceivedRequest request, Caller caller) {
        return answers.record(
                evaluate(check, rulesets.active(), caseReference, UUID.randomUUID(), clock.now()), request, caller);
    }

    /**
     * The check under {@code ruleset} at {@code at}, neither stored nor counted: for a composed answer (the MDT case),
     * which is stored as one row of its own.
     */
    public R checkWithoutStoring(C check, Ruleset ruleset, UUID id, Instant at) {
        return evaluate(check, ruleset, Optional.empty(), id, at);
    }

    /**
     * Re-runs a stored check with the ruleset version and content it was made with and gives its status and findings
     * (for {@code audit.AssessmentReplays} to compare); {@code parse} reads the stored request back.
     */
    public AssessmentReplayer.Replayed replay(
            StoredAssessment stored, BiFunction<StoredAssessment, Ruleset, C> parse, String currentSchema) {
        Ruleset ruleset = rulesets.forReplay(stored.rulesetVersion(), stored.rulesetHash(), Concern.SAFETY);
        return AssessmentReplayer.Replayed.of(
                stored,
                currentSchema,
                () -> evaluate(
                        parse.apply(stored, ruleset), ruleset, stored.caseReference(), stored.id(), stored.createdAt()),
                this::findings);
    }

    /** The answer to {@code check} under {@code ruleset}, made at {@code at} with the id {@code id}. */
    abstract R evaluate(C check, Ruleset ruleset, Optional<String> caseReference, UUID id, Instant at);

    /** The findings of an answer, as a replay compares them. */
    abstract List<AnswerFinding> findings(R answer);
}
