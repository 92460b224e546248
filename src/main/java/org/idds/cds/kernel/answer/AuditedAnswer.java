package org.idds.cds.kernel.answer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What the audit row of a stored answer is made of besides its body, the request and the caller. Every answer a
 * service stores (a candidacy assessment, a referral, prescription, procedure or follow-up check, a trial evaluation,
 * a trial plan, an MDT case) starts with the same {@link AnswerHeader} and names its outcome, so that one step writes
 * every row ({@code audit.AssessmentStore#record}).
 */
public interface AuditedAnswer {

    /** The answer's first fields: format, id, kind, time, ruleset and case reference. */
    AnswerHeader header();

    /** The outcome the row is indexed and counted by: the verdict, outcome or status, by name. */
    String recordedOutcome();

    default UUID assessmentId() {
        return header().assessmentId();
    }

    default AssessmentKind kind() {
        return header().kind();
    }

    default Instant assessedAt() {
        return header().assessedAt();
    }

    default Optional<String> caseReference() {
        return header().caseReference();
    }

    default RulesetRef ruleset() {
        return header().ruleset();
    }
}
