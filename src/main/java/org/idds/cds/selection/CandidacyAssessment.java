package org.idds.cds.selection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.EvidenceViews.RulesetRef;
import org.idds.cds.selection.Views.MedicationNameView;
import org.idds.cds.selection.Views.MissingInputView;
import org.idds.cds.selection.Views.OpioidLoadView;
import org.idds.cds.selection.Views.PertinentNegative;
import org.idds.cds.selection.Views.Recommendation;

/**
 * The full MDT candidacy assessment, exactly as returned and stored. {@code provisional}: the verdict is given on
 * the decisive inputs while checks to confirm before any trial or implant ({@code confirmBeforeImplant}) are still
 * missing; a provisional verdict carries no device plan until they are confirmed.
 * {@code medicationsReadAs} lists the medications typed otherwise than by their catalogue generic name, with the
 * name they were read as (absent when none).
 */
public record CandidacyAssessment(
        UUID assessmentId,
        AssessmentKind kind,
        Instant assessedAt,
        RulesetRef ruleset,
        Optional<String> caseReference,
        Verdict verdict,
        String verdictSummary,
        Optional<DevicePlan> devicePlan,
        Optional<OpioidLoadView> opioidLoad,
        List<Recommendation> recommendations,
        List<PertinentNegative> pertinentNegatives,
        List<MissingInputView> missingInputs,
        boolean reliesOnUnverifiedKnowledge,
        String disclaimer,
        boolean provisional,
        List<MissingInputView> confirmBeforeImplant,
        Optional<List<MedicationNameView>> medicationsReadAs) {}
