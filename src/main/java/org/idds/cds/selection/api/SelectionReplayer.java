package org.idds.cds.selection.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.idds.cds.audit.AssessmentReplayer;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AssessmentKind;
import org.idds.cds.selection.patient.CandidacyCase;
import org.idds.cds.selection.service.AssessmentService;
import org.idds.cds.web.StoredRequests;

/**
 * Replays candidacy assessments and referral checks: reads the stored request in this API's request format and runs it
 * again ({@link AssessmentService#replay}).
 */
@ApplicationScoped
public class SelectionReplayer implements AssessmentReplayer {

    private final AssessmentService service;
    private final ObjectMapper json;

    public SelectionReplayer(AssessmentService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Set<AssessmentKind> kinds() {
        return Set.of(AssessmentKind.CANDIDACY, AssessmentKind.REFERRAL_CHECK);
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
