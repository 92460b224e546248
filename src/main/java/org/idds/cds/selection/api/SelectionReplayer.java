package org.idds.cds.selection.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.selection.patient.CandidacyCase;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.web.RequestReplayer;
import org.idds.cds.web.StoredRequests;

/**
 * Replays candidacy assessments and referral checks: reads the stored request in this API's request format and runs it
 * again ({@link AssessmentService#replay}).
 */
@Singleton
public class SelectionReplayer extends RequestReplayer {

    private final AssessmentService service;

    public SelectionReplayer(AssessmentService service, ObjectMapper json) {
        super(json, AssessmentKind.CANDIDACY, AssessmentKind.REFERRAL_CHECK);
        this.service = service;
    }

    @Override
    public Replayed replay(StoredAssessment stored) {
        boolean candidacy = stored.kind() == AssessmentKind.CANDIDACY;
        return service.replay(stored, this::read, candidacy ? CandidacyRequest.SCHEMA : ReferralCheckRequest.SCHEMA);
    }

    private CandidacyCase read(StoredAssessment stored) {
        return StoredRequests.read(
                stored,
                text -> stored.kind() == AssessmentKind.CANDIDACY
                        ? RequestMapper.toCase(json.readValue(text, CandidacyRequest.class))
                        : RequestMapper.toCase(json.readValue(text, ReferralCheckRequest.class)));
    }
}
