package org.idds.cds.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What every audit row records of its assessment, whether the answer is made now ({@link NewAssessment}) or an
 * existing row is copied ({@link StoredAssessment}): its id and kind, its outcome, when it was made, the ruleset it
 * was made with and the caller's case reference. The store writes these columns the same way for both.
 */
interface AssessmentColumns {

    UUID id();

    AssessmentKind kind();

    String outcome();

    Instant createdAt();

    String rulesetVersion();

    String rulesetHash();

    Optional<String> caseReference();
}
