package org.idds.cds.audit;

import org.idds.cds.kernel.AssessmentKind;

/**
 * Reads what a replay compares (outcome and findings) from a stored answer in one answer format
 * ({@code response_schema}, {@link org.idds.cds.kernel.AnswerFormat}). One implementation per format, registered in
 * {@link StoredAnswers}.
 */
interface StoredAnswerReader {

    /** The answer format this reads. */
    String format();

    /** The outcome and findings of {@code answer} (the stored bytes as text), an answer of {@code kind}. */
    ReplayResult.Outcome outcome(AssessmentKind kind, String answer);
}
