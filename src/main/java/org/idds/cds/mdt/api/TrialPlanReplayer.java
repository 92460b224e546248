package org.idds.cds.mdt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.mdt.TrialPlanQuestion;
import org.idds.cds.mdt.service.TrialPlanService;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.web.RequestReplayer;
import org.idds.cds.web.StoredRequests;

/**
 * Replays trial plans through the one replay port: reads the stored request in the trial-plan request format with the
 * drugs of the ruleset it was made with, and plans again from the same stored candidacy ({@link TrialPlanService#replay}).
 */
@Singleton
public class TrialPlanReplayer extends RequestReplayer {

    private final TrialPlanService service;

    public TrialPlanReplayer(TrialPlanService service, ObjectMapper json) {
        super(json, AssessmentKind.TRIAL_PLAN);
        this.service = service;
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        return service.replay(stored, this::read, TrialPlanRequest.SCHEMA);
    }

    private TrialPlanQuestion read(StoredAssessment stored, Ruleset ruleset) {
        return TrialPlanResource.toQuestion(
                StoredRequests.read(stored, text -> json.readValue(text, TrialPlanRequest.class)), ruleset);
    }
}
