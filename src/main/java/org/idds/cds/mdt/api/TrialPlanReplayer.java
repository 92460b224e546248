package org.idds.cds.mdt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.mdt.service.TrialPlanService;
import org.idds.cds.web.RequestReplayer;

/**
 * Replays trial plans through the one replay port: reads the stored request in the trial-plan request format with the
 * drugs of the ruleset it was made with, and plans again from the same stored candidacy ({@link TrialPlanService#replay}).
 */
@Singleton
public class TrialPlanReplayer extends RequestReplayer {

    public TrialPlanReplayer(TrialPlanService service, ObjectMapper json) {
        super(replay(
                json,
                AssessmentKind.TRIAL_PLAN,
                TrialPlanRequest.class,
                TrialPlanRequest.SCHEMA,
                TrialPlanResource::toQuestion,
                service::replay));
    }
}
