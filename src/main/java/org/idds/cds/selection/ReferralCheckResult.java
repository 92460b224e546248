package org.idds.cds.selection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.answer.AnswerFinding;
import org.idds.cds.kernel.answer.AnswerHeader;
import org.idds.cds.kernel.answer.AuditedAnswer;
import org.idds.cds.kernel.answer.FactValue;
import org.idds.cds.kernel.answer.MissingInputRef;
import org.idds.cds.selection.Views.MedicationNameView;

/**
 * A referrer's short eligibility check in format {@code idds-answer/2}: a plain-language outcome and its reasons,
 * written for people, and what the MDT will need next. Each missing input is listed once in {@code missingInputs};
 * {@code pleaseProvide} (required inputs the referral form collects), {@code mdtWillNeed} (inputs the MDT collects)
 * and {@code mdtWillConfirm} (checks to confirm before any trial or implant) name them by input key.
 */
public record ReferralCheckResult(
        AnswerHeader header,
        ReferralOutcome outcome,
        String plainLanguage,
        List<String> reasons,
        Verdict engineVerdict,
        boolean provisional,
        Optional<List<MedicationNameView>> medicationsReadAs,
        Optional<Views.OpioidLoadView> opioidLoad,
        List<String> pleaseProvide,
        List<String> mdtWillNeed,
        List<String> mdtWillConfirm,
        Map<String, FactValue> facts,
        List<AnswerFinding> findings,
        List<MissingInputRef> missingInputs,
        boolean reliesOnUnverifiedKnowledge)
        implements AuditedAnswer {

    @Override
    public String recordedOutcome() {
        return outcome.name();
    }

    public enum ReferralOutcome {
        REFER_TO_MDT,
        TREAT_FIRST_THEN_REFER,
        MORE_INFORMATION_NEEDED,
        NOT_ELIGIBLE_NOW,
        /** Criteria alone cannot decide: discuss with the MDT. */
        MDT_JUDGEMENT_NEEDED,
        /** Outside what this service assesses. */
        OUT_OF_SCOPE,
        /** An input looks wrong (a likely unit error): correct or confirm it, then check again. */
        CHECK_INPUT
    }
}
