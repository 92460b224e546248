package org.idds.cds.kernel.answer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What the audit row of a stored answer is made of besides its body, the request and the caller. Every answer a
 * service stores (a candidacy assessment, a referral, prescription, procedure or follow-up check, an MDT case) has
 * these, so that one step writes every row ({@code audit.AssessmentStore#record}).
 */
public interface AuditedAnswer {

    UUID assessmentId();

    AssessmentKind kind();

    Instant assessedAt();

    Optional<String> caseReference();

    RulesetIdentity ruleset();

    /** The outcome the row is indexed and counted by: the verdict, outcome or status, by name. */
    String recordedOutcome();

    /** The ruleset an answer was made with: its version and content hash. */
    interface RulesetIdentity {
        String version();

        String contentHash();
    }
}
