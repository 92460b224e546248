package org.idds.cds.selection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.MissingInputView;
import org.idds.cds.selection.Views.Recommendation;

/** A referrer's short eligibility check: a plain-language outcome and what the MDT will need next. */
public record ReferralCheckResult(
        UUID assessmentId,
        AssessmentKind kind,
        Instant assessedAt,
        RulesetRef ruleset,
        Optional<String> caseReference,
        ReferralOutcome outcome,
        String plainLanguage,
        List<String> reasons,
        List<MissingInputView> pleaseProvide,
        List<MissingInputView> mdtWillNeed,
        Verdict engineVerdict,
        List<Recommendation> recommendations,
        boolean reliesOnUnverifiedKnowledge,
        String disclaimer,
        boolean provisional,
        List<MissingInputView> mdtWillConfirm,
        Optional<List<MedicationNameView>> medicationsReadAs) {

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
