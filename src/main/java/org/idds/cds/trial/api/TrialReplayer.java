package org.idds.cds.trial.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.trial.service.TrialEvaluationService;
import org.idds.cds.web.RequestReplayer;

/** Replays trial evaluations: reads the stored request with the protocols and drugs of its ruleset, runs it again. */
@Singleton
public class TrialReplayer extends RequestReplayer {

    public TrialReplayer(TrialEvaluationService evaluations, ObjectMapper json) {
        super(replay(
                json,
                AssessmentKind.TRIAL_EVALUATION,
                TrialEvaluationRequest.class,
                TrialEvaluationRequest.SCHEMA,
                (request, ruleset) ->
                        TrialEvaluationMapper.toEvaluation(request, ruleset.trialProtocols(), ruleset.drugs()),
                evaluations::replay));
    }
}
