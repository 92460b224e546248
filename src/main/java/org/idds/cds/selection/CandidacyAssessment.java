package org.idds.cds.selection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.kernel.answer.NegativeRef;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.OpioidLoadView;

/**
 * The MDT candidacy assessment in format {@code idds-answer/2}, exactly as returned and stored. {@code provisional}:
 * the verdict is given on the decisive inputs while checks to confirm before any trial or implant (findings with the
 * role CONFIRM_BEFORE_IMPLANT, missing inputs with that role) are still missing; a provisional verdict carries no
 * device plan until they are confirmed. {@code medicationsReadAs} lists the medications typed otherwise than by their
 * catalogue generic name, with the name they were read as (absent when none). Ruleset text (rule titles, criteria,
 * figure descriptions, source labels, the disclaimer) is named by key and served under the ruleset hash.
 */
public record CandidacyAssessment(
        AnswerHeader header,
        Verdict verdict,
        String verdictSummary,
        boolean provisional,
        Optional<DevicePlan> devicePlan,
        Optional<OpioidLoadView> opioidLoad,
        Optional<List<MedicationNameView>> medicationsReadAs,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        List<NegativeRef> pertinentNegatives,
        List<MissingInputRef> missingInputs,
        boolean reliesOnUnverifiedKnowledge)
        implements AuditedAnswer {

    @Override
    public String recordedOutcome() {
        return verdict.name();
    }
}
