package org.idds.cds.audit;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.kernel.RefusedFieldException;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AuditedAnswer;

/**
 * The port through which a stored assessment is replayed, implemented once per concern (or composition) for the kinds
 * of assessment it makes, and found by kind ({@link AssessmentReplays}, which reads the original answer and compares).
 * A new kind replays by adding a bean that implements this; nothing else changes.
 */
public interface AssessmentReplayer {

    /** The kinds of stored assessment this replays; no two replayers share a kind. */
    Set<AssessmentKind> kinds();

    /**
     * Re-runs the stored request with the ruleset version and content hash it was made with (never another: when this
     * service does not hold it, {@code ruleset.RulesetVersionUnavailableException}, a 409), on the day it was made.
     * Read-only: nothing is stored.
     */
    Replayed replay(StoredAssessment stored);

    /**
     * What the replay gave: the ruleset it ran ({@code rulesetVersion}, {@code rulesetHash}), its outcome and findings
     * in the shape of {@link ReplayResult.Outcome}, and the request format this build read the stored request as.
     */
    record Replayed(String rulesetVersion, String rulesetHash, ReplayResult.Outcome outcome, String requestSchema) {

        /**
         * How a concern replays by making its answer again: {@code rerun} answers under the ruleset the stored one was
         * made with, and the replay is that answer's ruleset, its recorded outcome and its {@code findings}. A stored
         * request today's input rules refuse is a {@link StoredRequestRefusedException} naming the field only (the
         * refusal's message may quote the stored value, and governance replays see no patient data).
         */
        public static <A extends AuditedAnswer> Replayed of(
                StoredAssessment stored,
                String requestSchema,
                Supplier<A> rerun,
                Function<A, List<AnswerFinding>> findings) {
            try {
                A answer = rerun.get();
                return new Replayed(
                        answer.ruleset().version(),
                        answer.ruleset().contentHash(),
                        ReplayResult.Outcome.of(answer.recordedOutcome(), findings.apply(answer)),
                        requestSchema);
            } catch (RefusedFieldException e) {
                throw new StoredRequestRefusedException(stored.id(), e.field(), "refused by today's input rules");
            }
        }
    }
}
