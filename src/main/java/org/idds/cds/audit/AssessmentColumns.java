package org.idds.cds.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;

/**
 * What every audit row records of its assessment, whether the answer is made now ({@link NewAssessment}) or an
 * existing row is copied or read ({@link StoredAssessment}): its id and kind, its outcome, when it was made, the
 * ruleset it was made with and the caller's case reference. The store writes these columns the same way for both.
 */
public record AssessmentColumns(
        UUID id,
        AssessmentKind kind,
        String outcome,
        Instant createdAt,
        String rulesetVersion,
        String rulesetHash,
        Optional<String> caseReference) {

    /** A row with these columns, which it reads as its own ({@code row.id()}, {@code row.kind()}, ...). */
    public interface Row {

        AssessmentColumns columns();

        default UUID id() {
            return columns().id();
        }

        default AssessmentKind kind() {
            return columns().kind();
        }

        default String outcome() {
            return columns().outcome();
        }

        default Instant createdAt() {
            return columns().createdAt();
        }

        default String rulesetVersion() {
            return columns().rulesetVersion();
        }

        default String rulesetHash() {
            return columns().rulesetHash();
        }

        default Optional<String> caseReference() {
            return columns().caseReference();
        }
    }
}
