package org.idds.cds.trial.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.trial.TrialEvaluation;
import org.idds.cds.trial.service.TrialEvaluationService;
import org.idds.cds.web.RequestReplayer;
import org.idds.cds.web.StoredRequests;

/** Replays trial evaluations: reads the stored request with the protocols and drugs of its ruleset, runs it again. */
@Singleton
public class TrialReplayer extends RequestReplayer {

    private final TrialEvaluationService evaluations;

    public TrialReplayer(TrialEvaluationService evaluations, ObjectMapper json) {
        super(json, AssessmentKind.TRIAL_EVALUATION);
        this.evaluations = evaluations;
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        return evaluations.replay(stored, this::read, TrialEvaluationRequest.SCHEMA);
    }

    private TrialEvaluation read(StoredAssessment stored, Ruleset ruleset) {
        return TrialEvaluationMapper.toEvaluation(
                StoredRequests.read(stored, text -> json.readValue(text, TrialEvaluationRequest.class)),
                ruleset.trialProtocols(),
                ruleset.drugs());
    }
}
